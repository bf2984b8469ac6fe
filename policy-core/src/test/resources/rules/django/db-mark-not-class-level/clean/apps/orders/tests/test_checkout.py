import pytest

from apps.orders.tests.factories import OrderFactory

pytestmark = [pytest.mark.django_db]  # ok: django/db-mark-not-class-level  (module level)


@pytest.mark.slow  # ok: django/db-mark-not-class-level
class TestCheckout:
    pytestmark = [pytest.mark.slow]  # ok: django/db-mark-not-class-level

    @pytest.mark.django_db  # ok: django/db-mark-not-class-level
    def test_creates_order(self, client):
        response = client.post("/checkout/", {"sku": "A-1"})
        assert response.status_code == 302

    @pytest.mark.django_db(transaction=True)  # ok: django/db-mark-not-class-level
    def test_refund(self):
        OrderFactory(status="paid").refund()
