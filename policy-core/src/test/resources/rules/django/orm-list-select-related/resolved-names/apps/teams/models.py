from django.conf import settings
from django.db import models


class Organization(models.Model):
    title = models.CharField(max_length=80)


class Team(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    people = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="crews")
    label = models.CharField(max_length=40)


class Invitation(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    inviter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    address = models.EmailField()
