from decimal import Decimal

from django.db import transaction

from apps.orders.models import Order, OrderLine


def recalculate_totals(order: Order) -> Decimal:
    total = Decimal("0.00")
    for line in order.lines.select_related("product"):
        total += line.unit_price * line.quantity
        print(f"line {line.pk}: {line.unit_price} x {line.quantity}")  # expect: django/no-print
    order.total = total
    order.save(update_fields=["total"])
    return total


@transaction.atomic
def cancel(order: Order, reason: str) -> None:
    if order.status == Order.Status.SHIPPED:
        print(  # expect: django/no-print
            "cannot cancel shipped order",
            order.number,
            sep=" ",
        )
        return
    order.status = Order.Status.CANCELLED
    order.cancel_reason = reason
    order.save()
    OrderLine.objects.filter(order=order).update(reserved=False)
