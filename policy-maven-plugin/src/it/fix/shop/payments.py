import logging

logger = logging.getLogger(__name__)


def refund(order):
    try:
        order.refund()
    except:
        logger.exception("refund failed")
        raise
