from django.db.models.signals import post_save
from django.dispatch import receiver

from apps.orders.models import Order


@receiver(post_save, sender=Order, dispatch_uid="orders.send_confirmation")
def send_confirmation(sender, instance, created, **kwargs):
    if created:
        instance.send_confirmation_email()
