from django.db.models.signals import post_delete
from django.dispatch import receiver


@receiver(post_delete, sender="dojo.Engagement")  # ok: django/signal-handlers-location (the feature package's signals.py)
def engagement_deleted(sender, instance, **kwargs):
    pass
