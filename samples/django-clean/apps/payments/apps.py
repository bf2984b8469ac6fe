from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.payments"
    label = "payments"

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals
        from .models import Subscription

        post_save.connect(
            signals.notify_subscription_change,
            sender=Subscription,
            dispatch_uid="payments_notify_subscription_change",
        )
