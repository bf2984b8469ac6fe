from django.db import models
from django.db.models import Model


class Coupon(models.Model):
    """Meta and __str__ first, then a plain attribute (not a field: not judged)."""

    class Meta:
        verbose_name = "coupon"

    def __str__(self):
        return ""

    prefix = "C-"


class Voucher(models.Model):
    class Meta:
        verbose_name = "voucher"

    def __str__(self):
        return "voucher"

    code = models.CharField(max_length=32)  # expect: django/model-member-order


class GiftCard(models.Model):
    objects = "manager"

    class Meta:
        verbose_name = "gift card"

    def __str__(self):
        return "gift card"

    code = models.CharField(max_length=32)  # expect: django/model-member-order


class Basket(models.Model):
    class Meta:
        verbose_name = "basket"

    def total(self):
        return 0

    def __str__(self):  # expect: django/model-member-order
        return "basket"


class Invoice(Model):
    def get_absolute_url(self):
        return "/invoices/"

    def save(self, *args, **kwargs):  # expect: django/model-member-order
        super().save(*args, **kwargs)


class Tax(models.Model):
    rate = models.DecimalField(max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = "tax"

    def __str__(self):
        return str(self.rate)

    DEFAULT_RATE = float(20)


class Shipment(models.Model):
    class Meta:
        verbose_name = "shipment"

    carrier = models.CharField(max_length=32)  # expect: django/model-member-order
    tracking = models.CharField(max_length=32)

    def get_absolute_url(self):
        return "/shipments/"

    weight = models.IntegerField()  # expect: django/model-member-order


class Base(models.Model):
    pass


class Parcel(Base):
    class Meta:
        verbose_name = "parcel"

    def __str__(self):
        return "parcel"

    barcode = models.CharField(max_length=32)  # expect: django/model-member-order


class Refund(models.Model):
    amount = models.IntegerField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)

    @property
    def is_full(self):
        return False

    def __repr__(self):  # expect: django/model-member-order
        return "Refund()"
