from django.db import models
from django.db.models import CharField as ShortText
from django.db.models import Model as BaseModel


class Customer(models.Model):
    nickname = models.CharField(max_length=40, null=True)  # expect: django/model-string-null
    notes = models.TextField(null=True)  # expect: django/model-string-null
    handle = models.SlugField(max_length=40, null=True)  # expect: django/model-string-null
    contact = models.EmailField(null=True)  # expect: django/model-string-null
    avatar_path = models.FilePathField(path="/srv/avatars", null=True)  # expect: django/model-string-null
    homepage = models.URLField(null=True)  # expect: django/model-string-null
    # blank=True with unique=True is the documented exception: empty values must not clash
    tax_number = models.CharField(max_length=20, null=True, blank=True, unique=True)  # ok: django/model-string-null
    code = models.CharField(max_length=20, null=True, unique=True)  # expect: django/model-string-null
    birthday = models.DateField(null=True)  # ok: django/model-string-null (not a string field)
    referrer = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)  # ok: django/model-string-null
    title = models.CharField(max_length=40, null=False, blank=True)  # ok: django/model-string-null


class Supplier(BaseModel):
    name = BaseModel.CharField(max_length=80, null=True)  # expect: django/model-string-null
    short_name = ShortText(max_length=10, null=True)  # expect: django/model-string-null


class Mixin:
    # any class body counts, as in ruff: mixins and abstract bases define fields too
    label = ShortText(max_length=10, null=True)  # expect: django/model-string-null


class Annotated(models.Model):
    sku: models.CharField = models.CharField(max_length=12, null=True)  # expect: django/model-string-null


def build_field():
    return models.CharField(max_length=5, null=True)  # ok: django/model-string-null (not a class attribute)
