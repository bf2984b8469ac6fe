from django.conf import settings
from django.db import models
from django.db.models.signals import post_save

from .managers import SubscriptionManager


class Subscription(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    plan = models.CharField(max_length=16)
    status = models.CharField(max_length=16, default="active")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    stripe_subscription_id = models.CharField(max_length=64, unique=True)

    objects = SubscriptionManager()

    class Meta:
        ordering = ["-start_date"]

    def __str__(self):
        return f"{self.user} on {self.plan} ({self.status})"


def announce(sender, instance, created, **kwargs):
    print("subscription saved", instance.pk)


post_save.connect(announce, sender=Subscription)
