from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "apps.billing"

    def ready(self):
        from apps.billing import handlers
        from apps.billing.hooks import invoice_paid

        invoice_paid.connect(handlers.audit, dispatch_uid="billing.audit")  # ok: django/signal-connect-in-ready
