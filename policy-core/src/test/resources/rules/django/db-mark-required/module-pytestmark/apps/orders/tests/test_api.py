import pytest
from rest_framework.test import APIClient

from apps.orders.tests.factories import OrderFactory

pytestmark = [pytest.mark.django_db, pytest.mark.api]


def test_list_orders():  # ok: django/db-mark-required
    OrderFactory.create_batch(2)
    response = APIClient().get("/api/orders/")
    assert len(response.json()["results"]) == 2
