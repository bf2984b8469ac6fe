from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class BillingConfig(AppConfig):
    name = "apps.billing"

    def ready(self):
        from apps.billing import handlers
        from apps.billing.models import Invoice

        post_save.connect(
            handlers.invoice_saved,
            sender=Invoice,
            dispatch_uid="billing.invoice_saved",
        )
        post_migrate.connect(handlers.create_default_plans, dispatch_uid="billing.default_plans", sender=self)
