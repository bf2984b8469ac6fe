from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "apps.orders"

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals
        from .models import Order

        post_save.connect(signals.order_saved, sender=Order, dispatch_uid="orders_order_saved")
