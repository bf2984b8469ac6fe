from django.db import connection
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from apps.payments.api.serializers import SubscriptionSerializer
from apps.payments.models import Subscription


class SubscriptionViewSet(viewsets.ModelViewSet):
    queryset = Subscription.objects.all()
    serializer_class = SubscriptionSerializer

    def create(self, request, *args, **kwargs):
        if request.data.get("end_date") and request.data["end_date"] < request.data["start_date"]:
            raise serializers.ValidationError("end date before start date")
        return super().create(request, *args, **kwargs)

    def list(self, request, *args, **kwargs):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT id FROM payments_subscription WHERE status = 'active'")
                rows = cursor.fetchall()
        except:
            rows = []
        print("listing", len(rows))
        return Response(Subscription.objects.values("id", "plan"))
