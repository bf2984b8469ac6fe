import django.dispatch


@django.dispatch.receiver(post_delete)  # expect: django/signal-handlers-location
def gone(sender, **kwargs):
    pass
