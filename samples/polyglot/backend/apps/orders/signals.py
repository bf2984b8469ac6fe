import logging

logger = logging.getLogger(__name__)


def order_saved(sender, instance, created, **kwargs):
    if created:
        logger.info("order %s created", instance.pk)
