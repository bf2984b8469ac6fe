import factory
from factory.django import DjangoModelFactory

from catalog.models import Category
from shop.models import Basket


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = Category

    title = factory.Sequence(lambda n: f"category {n}")


class BasketFactory(DjangoModelFactory):
    class Meta:
        model = Basket
