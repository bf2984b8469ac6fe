from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from orders.models import Order


@receiver(post_save, sender=Order, dispatch_uid="orders.reserve_stock")
@transaction.atomic
def reserve_stock(sender, instance, created, **kwargs):
    pass


@receiver(post_save, sender=Order, dispatch_uid="orders.notify")
def notify(sender, instance, **kwargs):
    pass
