from django.views.generic import ListView
from rest_framework import generics, permissions, viewsets

from apps.orders.api.serializers import OrderSerializer, OrderTagSerializer
from apps.orders.models import Order


class OrderListView(ListView):
    paginate_by = 20
    queryset = Order.objects.select_related("customer")


class OrderListAPIView(generics.ListAPIView):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return (
            Order.objects.filter(customer=self.request.user)
            .select_related("customer")
        )


class OrderTagViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderTagSerializer
    queryset = Order.objects.prefetch_related("tags")


class OrderValuesView(generics.ListAPIView):
    serializer_class = OrderSerializer

    def get_queryset(self):
        return Order.objects.values("id", "customer__name")  # ok: django/orm-list-select-related


def order_count(request):
    return Order.objects.all().count()  # ok: django/orm-list-select-related
