from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save

from apps.notifications.models import Notification


def notify(sender, instance, created, **kwargs):
    if created:
        instance.deliver()


def remember_login(sender, request, user, **kwargs):
    user.profile.touch_last_seen()


def register_signal_handlers():
    post_save.connect(notify, sender=Notification, dispatch_uid="notifications.notify")  # expect: django/signal-connect-in-ready
    user_logged_in.connect(remember_login, dispatch_uid="notifications.login")  # expect: django/signal-connect-in-ready


class NotificationRegistry:
    def ready(self):
        post_save.connect(notify, sender=Notification, dispatch_uid="notifications.registry")  # expect: django/signal-connect-in-ready
