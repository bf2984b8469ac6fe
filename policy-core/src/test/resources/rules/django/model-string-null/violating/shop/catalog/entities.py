# A model module not named models.py.
from django.db.models import CharField, Model


class Brand(Model):
    name = CharField(max_length=60, null=True)  # expect: django/model-string-null
