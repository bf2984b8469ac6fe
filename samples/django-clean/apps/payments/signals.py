import logging

logger = logging.getLogger(__name__)


def notify_subscription_change(sender, instance, created, **kwargs):
    if not created:
        logger.info("subscription %s is now %s", instance.pk, instance.status)
