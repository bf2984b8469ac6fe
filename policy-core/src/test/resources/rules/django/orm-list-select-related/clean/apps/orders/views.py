from django.views.generic import ListView
from rest_framework import generics, permissions, viewsets

from apps.orders.api.serializers import OrderSerializer
from apps.orders.models import Order


class OrderListView(ListView):
    paginate_by = 20
    queryset = Order.objects.select_related("customer", "shipping_address")


class OrderListAPIView(generics.ListAPIView):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return (
            Order.objects.filter(customer=self.request.user)
            .select_related("customer")
            .prefetch_related("lines__product")
        )


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(archived=False)  # ok: django/orm-list-select-related


def order_count(request):
    return Order.objects.all().count()  # ok: django/orm-list-select-related
