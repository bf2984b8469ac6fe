import websocket

from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "apps.billing"

    def ready(self):
        from apps.billing import handlers
        from apps.billing.signals import invoice_paid, invoice_voided as voided

        invoice_paid.connect(handlers.send_receipt)  # expect: django/signal-dispatch-uid
        voided.connect(handlers.refund, dispatch_uid="billing.refund")  # ok: django/signal-dispatch-uid
        handlers.feed.connect(handlers.on_feed)  # ok: django/signal-dispatch-uid  (not a signal)
        websocket.connect("wss://billing.example/ws")  # ok: django/signal-dispatch-uid
