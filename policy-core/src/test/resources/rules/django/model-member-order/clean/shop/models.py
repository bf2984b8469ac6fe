from django.db import models


class Product(models.Model):
    """Everything in Django's order."""

    name = models.CharField(max_length=32)
    price = models.DecimalField(max_digits=9, decimal_places=2)
    objects = models.Manager()
    available = "AvailableManager()"

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"/products/{self.pk}/"

    def discounted(self):
        return self.price

    @property
    def label(self):
        return self.name


class Helper:
    """Not a model: any order."""

    def run(self):
        return 1

    name = models.CharField(max_length=5)
