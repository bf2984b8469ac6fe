from django.urls import path

from apps.payments.api.views import SubscriptionListView

urlpatterns = [path("subscriptions/", SubscriptionListView.as_view(), name="subscription-list")]
