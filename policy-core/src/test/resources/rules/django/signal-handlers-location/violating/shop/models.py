from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender="shop.Order")  # expect: django/signal-handlers-location
def notify(sender, instance, **kwargs):
    pass


@cached_receiver_table  # ok: django/signal-handlers-location
def unrelated():
    pass
