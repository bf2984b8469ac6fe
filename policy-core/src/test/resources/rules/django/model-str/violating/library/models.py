from typing import ClassVar

from django.db import models
from django.db.models import Model


class Author(models.Model):  # expect: django/model-str
    name = models.CharField(max_length=100)

    class Meta:
        verbose_name = "author"

    @property
    def initials(self):
        return self.name[:1]


class Shelf(Model):  # expect: django/model-str
    code = models.CharField(max_length=10)


class Room(Model):  # expect: django/model-str
    number = models.CharField(max_length=10)

    class Meta:
        abstract = False


class Book(models.Model):  # ok: django/model-str
    title = models.CharField(max_length=200)

    def __str__(self):
        return self.title


class TimeStamped(models.Model):  # ok: django/model-str (abstract)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Typed(models.Model):  # ok: django/model-str (abstract, annotated)
    class Meta:
        abstract: ClassVar[bool] = True


class NotAbstract(models.Model):  # expect: django/model-str
    class Meta:
        abstract: ClassVar[bool] = False


class Ebook(Book):  # ok: django/model-str (inherits Book.__str__)
    url = models.URLField()


class GuestAuthor(Author):  # expect: django/model-str
    pass


class CoAuthor(Author):  # ok: django/model-str
    def __str__(self):
        return self.name


class Loan(TimeStamped):  # expect: django/model-str
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
