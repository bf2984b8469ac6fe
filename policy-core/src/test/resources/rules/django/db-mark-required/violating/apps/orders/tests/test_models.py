import pytest

from apps.orders.models import Order
from apps.orders.tests.factories import OrderFactory, OrderLineFactory


def test_order_number_is_generated():  # expect: django/db-mark-required
    order = Order.objects.create(customer_email="ana@example.com")
    assert order.number.startswith("A-")


def test_total_sums_lines():  # expect: django/db-mark-required
    order = OrderFactory()
    OrderLineFactory.create_batch(3, order=order, unit_price=10)
    assert order.total == 30


def test_mark_paid():  # expect: django/db-mark-required
    order = OrderFactory.build()
    order.status = "paid"
    order.save()


@pytest.mark.slow
def test_bulk_archive():  # expect: django/db-mark-required
    OrderFactory.create(status="closed")
    assert Order.objects.filter(status="closed").count() == 1


class TestRefund:
    def test_refund_restocks(self):  # expect: django/db-mark-required
        order = OrderFactory(status="paid")
        order.refund()
        assert order.lines.first().product.stock == 1
