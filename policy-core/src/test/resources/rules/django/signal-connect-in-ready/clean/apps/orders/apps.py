from django.apps import AppConfig
from django.db.models import signals


class OrdersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.orders"

    def ready(self):
        from apps.orders import handlers
        from apps.orders.models import Order, OrderLine

        signals.post_save.connect(  # ok: django/signal-connect-in-ready
            handlers.order_saved,
            sender=Order,
            dispatch_uid="orders.order_saved",
        )
        for model in (Order, OrderLine):
            signals.post_delete.connect(  # ok: django/signal-connect-in-ready
                handlers.release_stock,
                sender=model,
                dispatch_uid=f"orders.release_stock.{model.__name__}",
            )
