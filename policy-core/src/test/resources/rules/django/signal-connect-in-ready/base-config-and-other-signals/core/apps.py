from django.apps import AppConfig
from django.db.models.signals import post_migrate


def database_ready(sender, **kwargs):
    sender.mark_ready()


class PlatformConfig(AppConfig):
    """The project's own base for its app configs."""

    default_auto_field = "django.db.models.BigAutoField"


class CoreConfig(PlatformConfig):
    name = "core"

    def ready(self):
        post_migrate.connect(database_ready, sender=self, dispatch_uid="core.database_ready")  # ok: django/signal-connect-in-ready
