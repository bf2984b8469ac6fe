from django.dispatch import receiver


@receiver(post_save)
def notify(sender, **kwargs):
    pass
