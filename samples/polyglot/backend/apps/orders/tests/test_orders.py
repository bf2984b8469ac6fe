import pytest

from apps.orders.factories import OrderFactory


@pytest.mark.django_db
def test_order_str_names_the_customer():
    order = OrderFactory(customer__name="Initech")
    assert "Initech" in str(order)
