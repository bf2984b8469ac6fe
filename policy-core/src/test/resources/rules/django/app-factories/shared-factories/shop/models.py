from django.db import models


class Basket(models.Model):
    label = models.CharField(max_length=40)
