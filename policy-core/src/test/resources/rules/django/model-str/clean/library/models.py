from django.db import models

from library.base import Entity


class Book(models.Model):
    title = models.CharField(max_length=200)

    def __str__(self):
        return self.title


class Base(models.Model):
    class Meta:
        abstract = True

    def __str__(self):
        return str(self.pk)


class Shelf(Base):
    code = models.CharField(max_length=10)


class Event(Entity):
    # a base imported from elsewhere may define __str__: not judged, as in ruff
    pass


class Reader:
    def greet(self):
        return "hello"
