import logging

import stripe

logger = logging.getLogger(__name__)


def refund(payment_intent_id: str) -> bool:
    try:
        stripe.Refund.create(payment_intent=payment_intent_id)
    except stripe.error.InvalidRequestError:
        logger.info("already refunded: %s", payment_intent_id)
        return False
    except (stripe.error.APIConnectionError, stripe.error.RateLimitError) as exc:
        logger.warning("retry later: %s", exc)
        raise
    except Exception:  # ok: django/no-bare-except
        logger.exception("unexpected stripe error")
        raise
    return True


def safe_cancel(subscription):
    try:
        subscription.cancel()
    except* ValueError:  # ok: django/no-bare-except
        pass
