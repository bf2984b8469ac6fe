import datetime

import factory

from apps.payments.models import Subscription
from apps.users.tests.factories import UserFactory


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    user = factory.SubFactory(UserFactory)
    plan = Subscription.Plan.PRO
    status = Subscription.Status.ACTIVE
    start_date = factory.LazyFunction(datetime.date.today)
    stripe_subscription_id = factory.Sequence(lambda n: f"sub_{n:06d}")
