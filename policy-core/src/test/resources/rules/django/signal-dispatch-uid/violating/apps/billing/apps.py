from django.apps import AppConfig
from django.db.models import signals


class BillingConfig(AppConfig):
    name = "apps.billing"

    def ready(self):
        from apps.billing import handlers
        from apps.billing.models import Invoice, Subscription

        signals.post_save.connect(handlers.invoice_saved, sender=Invoice)  # expect: django/signal-dispatch-uid
        signals.post_save.connect(  # expect: django/signal-dispatch-uid
            handlers.subscription_changed,
            sender=Subscription,
            weak=False,
        )
        signals.post_migrate.connect(handlers.create_default_plans, sender=self)  # expect: django/signal-dispatch-uid
