from django.db import models
from django.db.models import signals
from django.db.models.signals import post_save

from apps.orders.signals import order_saved, release_stock


class Order(models.Model):
    number = models.CharField(max_length=32, unique=True)
    placed_at = models.DateTimeField(auto_now_add=True)


class OrderLine(models.Model):
    order = models.ForeignKey(Order, related_name="lines", on_delete=models.CASCADE)
    quantity = models.PositiveIntegerField()


post_save.connect(order_saved, sender=Order, dispatch_uid="orders.order_saved")  # expect: django/signal-connect-in-ready
signals.post_delete.connect(  # expect: django/signal-connect-in-ready
    release_stock,
    sender=OrderLine,
    dispatch_uid="orders.release_stock",
)
models.signals.pre_save.connect(order_saved, sender=OrderLine)  # expect: django/signal-connect-in-ready
