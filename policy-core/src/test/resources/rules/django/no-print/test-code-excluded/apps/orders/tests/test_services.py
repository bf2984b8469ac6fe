import pytest

from apps.orders.services import recalculate_totals


@pytest.mark.django_db
def test_recalculate_totals(order_factory):
    order = order_factory(lines=2)
    print(order.total)  # ok: django/no-print
    assert recalculate_totals(order) == order.total
