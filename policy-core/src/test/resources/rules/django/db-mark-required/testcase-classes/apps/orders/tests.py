from django.test import TestCase, TransactionTestCase
from rest_framework.test import APITestCase

from apps.orders.models import Order
from apps.orders.tests.factories import OrderFactory


class OrderModelTests(TestCase):
    def test_str(self):  # ok: django/db-mark-required
        order = Order.objects.create(number="A-1")
        self.assertEqual(str(order), "A-1")


class OrderLockingTests(TransactionTestCase):
    def test_select_for_update(self):  # ok: django/db-mark-required
        OrderFactory().save()


class OrderApiTests(APITestCase):
    def test_list(self):  # ok: django/db-mark-required
        OrderFactory.create_batch(2)
        self.assertEqual(self.client.get("/api/orders/").status_code, 200)


class OrderApiPermissionTests(OrderApiTests):
    def test_anonymous_forbidden(self):  # ok: django/db-mark-required  (not a pytest class: unittest subclass)
        OrderFactory()
        self.assertEqual(self.client.get("/api/orders/").status_code, 403)
