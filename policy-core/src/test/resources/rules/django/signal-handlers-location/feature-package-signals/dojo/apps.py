from django.apps import AppConfig


class DojoConfig(AppConfig):
    name = "dojo"

    def ready(self):
        import dojo.engagement.signals  # noqa: F401
