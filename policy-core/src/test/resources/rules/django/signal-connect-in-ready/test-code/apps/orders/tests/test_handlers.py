from unittest import mock

from django.db.models.signals import post_save
from django.test import TestCase

from apps.orders.models import Order


class OrderSignalTests(TestCase):
    def test_post_save_fires_once(self):
        handler = mock.Mock()
        post_save.connect(handler, sender=Order)  # ok: django/signal-connect-in-ready
        self.addCleanup(post_save.disconnect, handler, sender=Order)
        Order.objects.create(number="A-1")
        handler.assert_called_once()
