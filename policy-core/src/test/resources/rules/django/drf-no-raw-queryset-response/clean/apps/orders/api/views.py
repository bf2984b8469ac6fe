from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from apps.orders.api.serializers import OrderSerializer
from apps.orders.models import Order


class OrderViewSet(viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = OrderSerializer

    def get_queryset(self):
        return Order.objects.filter(user=self.request.user).select_related("customer")

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)

    @action(detail=False)
    def recent(self, request):
        serializer = OrderSerializer(Order.objects.filter(user=request.user)[:5], many=True)  # ok: django/drf-no-raw-queryset-response
        return Response(serializer.data)

    @action(detail=False)
    def stats(self, request):
        return Response(  # ok: django/drf-no-raw-queryset-response
            {
                "open": Order.objects.filter(user=request.user, status="open").count(),
                "exists": Order.objects.filter(user=request.user).exists(),
            }
        )
