from django.apps import AppConfig


class UsersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.users"
    label = "users"

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals
        from .models import User

        post_save.connect(signals.create_profile, sender=User, dispatch_uid="users_create_profile")
