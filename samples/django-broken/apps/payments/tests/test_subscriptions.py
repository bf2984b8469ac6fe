import pytest
from django.conf import settings
from django.test import TestCase, override_settings
from rest_framework.test import APIClient

from apps.payments.models import Subscription
from apps.users.models import User


@pytest.mark.django_db
class TestSubscriptions:
    def test_list(self):
        user = User.objects.create(username="ada")
        client = APIClient()
        client.force_authenticate(user)
        assert client.get("/api/payments/subscriptions/").status_code == 200


def test_subscription_count_starts_at_zero():
    assert Subscription.objects.count() == 0


@override_settings(DEBUG=True)
def test_debug_toolbar_only_in_debug():
    assert settings.DEBUG


class SubscriptionFixtureTests(TestCase):
    fixtures = ["users.json", "subscriptions.json"]

    def test_fixture_loaded(self):
        self.assertEqual(Subscription.objects.count(), 2)
