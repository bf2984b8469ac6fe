import pytest

from dojo.models import Product


@pytest.mark.django_db  # expect: django/db-mark-not-class-level
class TestImporters:
    def test_product_count(self):
        assert Product.objects.count() == 0
