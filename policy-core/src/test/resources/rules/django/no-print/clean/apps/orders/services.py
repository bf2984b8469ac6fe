import logging
from decimal import Decimal

from apps.orders.models import Order

logger = logging.getLogger(__name__)


def recalculate_totals(order: Order) -> Decimal:
    total = sum((line.unit_price * line.quantity for line in order.lines.all()), Decimal("0.00"))
    logger.info("recalculated order %s: %s", order.number, total)
    order.total = total
    order.save(update_fields=["total"])
    return total
