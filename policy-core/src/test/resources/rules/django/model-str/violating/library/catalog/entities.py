# A model outside models.py.
from django.db.models import Model as DjangoModel


class Genre(DjangoModel):  # expect: django/model-str
    pass
