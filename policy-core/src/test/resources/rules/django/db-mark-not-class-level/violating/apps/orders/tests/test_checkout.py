import pytest
from pytest import mark

from apps.orders.tests.factories import OrderFactory


@pytest.mark.django_db  # expect: django/db-mark-not-class-level
class TestCheckout:
    def test_creates_order(self, client):
        response = client.post("/checkout/", {"sku": "A-1"})
        assert response.status_code == 302


@pytest.mark.django_db(transaction=True)  # expect: django/db-mark-not-class-level
class TestRefunds:
    def test_refund(self):
        order = OrderFactory(status="paid")
        order.refund()


@mark.django_db  # expect: django/db-mark-not-class-level
class TestInvoices:
    def test_invoice_number(self):
        assert OrderFactory().invoice_number


class TestCancellation:
    pytestmark = pytest.mark.django_db  # expect: django/db-mark-not-class-level

    def test_cancel(self):
        OrderFactory().cancel()


class TestShipping:
    pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # expect: django/db-mark-not-class-level

    def test_ship(self):
        OrderFactory().ship()
