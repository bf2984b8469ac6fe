from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender="dojo.Engagement")  # expect: django/signal-handlers-location
def engagement_saved(sender, instance, **kwargs):
    pass
