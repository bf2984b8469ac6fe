import logging

from rest_framework import generics, permissions

from apps.orders.api.serializers import OrderSerializer
from apps.orders.models import Order

logger = logging.getLogger(__name__)


class OrderListView(generics.ListAPIView):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.select_related("customer").order_by("-created_at")

    def list(self, request, *args, **kwargs):
        try:
            return super().list(request, *args, **kwargs)
        except:
            logger.exception("order list failed")
            raise
