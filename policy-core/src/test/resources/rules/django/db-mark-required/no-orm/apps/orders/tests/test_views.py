from django.test import RequestFactory
from rest_framework.test import APIRequestFactory

from apps.orders.tests.factories import OrderFactory
from apps.orders.views import order_status


def test_status_view_renders():  # ok: django/db-mark-required
    request = RequestFactory().get("/orders/status/")
    api_request = APIRequestFactory().get("/api/orders/")
    order = OrderFactory.build(status="paid")
    assert order_status(request, order=order).status_code == 200
    assert api_request.method == "GET"


def test_price_formatting():  # ok: django/db-mark-required
    assert "{:.2f}".format(10) == "10.00"


def helper_creates_order():  # ok: django/db-mark-required  (not a test function)
    return OrderFactory()
