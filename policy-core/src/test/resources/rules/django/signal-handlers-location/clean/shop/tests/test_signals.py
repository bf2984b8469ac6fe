from django.dispatch import receiver


@receiver(post_save)  # ok: django/signal-handlers-location (test code)
def spy(sender, **kwargs):
    pass
