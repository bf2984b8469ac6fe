from django.views.generic import DetailView, ListView
from rest_framework import generics, permissions, viewsets

from apps.orders.api.serializers import OrderSerializer
from apps.orders.models import Order


class OrderListView(ListView):
    model = Order
    paginate_by = 20
    queryset = Order.objects.all()  # expect: django/orm-list-select-related


class OrderListAPIView(generics.ListAPIView):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.filter(customer=self.request.user).order_by("-placed_at")  # expect: django/orm-list-select-related


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]
    queryset = Order.objects.filter(archived=False)  # expect: django/orm-list-select-related


class OrderDetailView(DetailView):
    queryset = Order.objects.all()  # ok: django/orm-list-select-related  (detail view: one row)
