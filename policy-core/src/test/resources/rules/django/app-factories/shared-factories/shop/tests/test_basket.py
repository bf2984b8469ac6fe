import pytest

from catalog.tests.factories import BasketFactory  # the project keeps its factories in one shared module


@pytest.mark.django_db
def test_label():
    assert BasketFactory(label="weekly").label == "weekly"
