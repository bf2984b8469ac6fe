import pytest

from shop.models import Order


@pytest.mark.django_db
def test_order_starts_open():
    assert Order().status == "open"
