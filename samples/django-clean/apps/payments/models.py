from django.conf import settings
from django.db import models

from .managers import SubscriptionManager


class Subscription(models.Model):
    class Plan(models.TextChoices):
        FREE = "free"
        PRO = "pro"

    class Status(models.TextChoices):
        ACTIVE = "active"
        CANCELLED = "cancelled"
        PAUSED = "paused"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    plan = models.CharField(max_length=16, choices=Plan.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    stripe_subscription_id = models.CharField(max_length=64, unique=True)

    objects = SubscriptionManager()

    class Meta:
        ordering = ["-start_date"]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} on {self.plan} ({self.status})"
