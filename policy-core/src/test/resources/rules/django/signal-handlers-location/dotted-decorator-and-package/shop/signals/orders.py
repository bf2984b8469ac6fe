@django.dispatch.receiver(post_save)
def notify(sender, **kwargs):
    pass
