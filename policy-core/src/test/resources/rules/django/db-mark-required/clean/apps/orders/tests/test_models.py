import pytest

from apps.orders.models import Order
from apps.orders.tests.factories import OrderFactory


@pytest.mark.django_db
def test_order_number_is_generated():
    order = Order.objects.create(customer_email="ana@example.com")
    assert order.number.startswith("A-")


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_concurrent_checkout():
    order = OrderFactory()
    order.save()


class TestRefund:
    @pytest.mark.django_db
    def test_refund_restocks(self):
        order = OrderFactory(status="paid")
        order.refund()
