import logging

import stripe
from django.conf import settings

logger = logging.getLogger(__name__)


def charge(customer_id: str, amount_cents: int) -> str | None:
    stripe.api_key = settings.STRIPE_SECRET_KEY
    try:
        intent = stripe.PaymentIntent.create(customer=customer_id, amount=amount_cents, currency="eur")
    except stripe.error.CardError as exc:
        logger.warning("card declined for %s: %s", customer_id, exc.user_message)
        return None
    except:  # expect: django/no-bare-except
        logger.exception("stripe failure")
        raise
    return intent.id
