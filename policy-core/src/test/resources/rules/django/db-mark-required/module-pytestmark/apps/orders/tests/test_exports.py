import pytest

from apps.orders.tests.factories import OrderFactory

pytestmark = pytest.mark.slow


def test_export_csv():  # expect: django/db-mark-required
    OrderFactory()
    assert True
