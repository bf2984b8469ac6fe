import datetime

import pytest
from rest_framework.test import APIClient

from apps.payments.models import Subscription
from apps.payments.tests.factories import SubscriptionFactory


@pytest.mark.django_db
def test_active_for_user_skips_cancelled_subscriptions():
    active = SubscriptionFactory()
    SubscriptionFactory(user=active.user, status=Subscription.Status.CANCELLED)
    assert list(Subscription.objects.active_for_user(active.user)) == [active]


@pytest.mark.django_db
def test_list_shows_only_own_subscriptions():
    mine = SubscriptionFactory()
    SubscriptionFactory()
    client = APIClient()
    client.force_authenticate(mine.user)
    response = client.get("/api/payments/subscriptions/")
    assert [row["id"] for row in response.json()["results"]] == [mine.id]


@pytest.mark.django_db
def test_end_date_before_start_date_is_rejected():
    subscription = SubscriptionFactory()
    client = APIClient()
    client.force_authenticate(subscription.user)
    response = client.post(
        "/api/payments/subscriptions/",
        {"plan": "pro", "start_date": "2026-01-10", "end_date": "2026-01-01",
         "stripe_subscription_id": "sub_x"},
        format="json",
    )
    assert response.status_code == 400
    assert datetime.date(2026, 1, 1) < datetime.date(2026, 1, 10)
