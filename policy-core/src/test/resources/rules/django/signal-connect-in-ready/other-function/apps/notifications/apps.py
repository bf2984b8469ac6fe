from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "apps.notifications"

    def ready(self):
        from apps.notifications.signal_handlers import register_signal_handlers

        register_signal_handlers()

    def import_models(self):
        from django.db.models.signals import pre_delete

        super().import_models()
        pre_delete.connect(self._cleanup, dispatch_uid="notifications.cleanup")  # expect: django/signal-connect-in-ready

    def _cleanup(self, sender, instance, **kwargs):
        instance.attachments.all().delete()
