from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from orders.models import Order


def traced(func):
    return func


@receiver(pre_save, sender=Order)  # ok: django/receiver-decorator-first
@traced
def stamp_order(sender, instance, **kwargs):
    pass


@traced
@receiver(pre_save, sender=Order)  # expect: django/receiver-decorator-first
def check_order(sender, instance, **kwargs):
    pass


@receiver(pre_save, sender=Order)
@receiver(post_save, sender=Order)  # ok: django/receiver-decorator-first (receivers stacked on top)
@traced
def log_order(sender, instance, **kwargs):
    pass


@receiver(pre_save, sender=Order)
@traced
@receiver(post_save, sender=Order)  # expect: django/receiver-decorator-first
def audit_order(sender, instance, **kwargs):
    pass


@transaction.atomic
@receiver(post_save, sender=Order)  # expect: django/receiver-decorator-first
def reserve_stock(sender, instance, created, **kwargs):
    pass
