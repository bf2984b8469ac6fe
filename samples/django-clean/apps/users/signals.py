import logging

logger = logging.getLogger(__name__)


def create_profile(sender, instance, created, **kwargs):
    from .models import Profile

    if created:
        Profile.objects.get_or_create(user=instance)
        logger.info("created profile for user %s", instance.pk)
