from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    display_name = models.CharField(max_length=120, blank=True)

    def __str__(self):
        return self.display_name or self.username


class Profile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    timezone = models.CharField(max_length=64, default="UTC")

    class Meta:
        ordering = ["user_id"]

    def __str__(self):
        return f"Profile of {self.user}"
