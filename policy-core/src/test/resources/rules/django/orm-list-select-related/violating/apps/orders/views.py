from django.views.generic import DetailView, ListView
from rest_framework import generics, permissions, viewsets

from apps.core.views import OrderBaseViewSet, PrefetchingViewSet
from apps.orders.api.serializers import (
    NoteSerializer,
    OrderIdSerializer,
    OrderSerializer,
    OrderSourceSerializer,
    OrderSummarySerializer,
    OrderTagSerializer,
)
from apps.orders.models import Note, Order


class OrderListView(ListView):  # expect: django/orm-list-select-related  (the template shows rows of a model with relations)
    model = Order
    paginate_by = 20
    queryset = Order.objects.all()


class NoteListView(ListView):  # ok: django/orm-list-select-related  (Note has no relations)
    model = Note


class OrderListAPIView(generics.ListAPIView):  # expect: django/orm-list-select-related  (nested serializer)
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.filter(customer=self.request.user).order_by("-placed_at")


class OrderTagViewSet(viewsets.ReadOnlyModelViewSet):  # expect: django/orm-list-select-related  (many-to-many ids per row)
    serializer_class = OrderTagSerializer
    queryset = Order.objects.filter(archived=False)


class OrderIdViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/orm-list-select-related  (foreign key rendered by id)
    serializer_class = OrderIdSerializer
    queryset = Order.objects.all()


class OrderSummaryViewSet(OrderBaseViewSet):  # expect: django/orm-list-select-related  (method field reads obj.customer; list view through a project base)
    serializer_class = OrderSummarySerializer
    queryset = Order.objects.none()

    def get_queryset(self):
        return Order.objects.filter(customer__user=self.request.user)


class OrderSourceViewSet(viewsets.ReadOnlyModelViewSet):  # expect: django/orm-list-select-related  (dotted source=)
    serializer_class = OrderSourceSerializer
    queryset = Order.objects.all()


class PrefetchedOrderViewSet(PrefetchingViewSet):  # ok: django/orm-list-select-related  (the project base prefetches)
    serializer_class = OrderSerializer
    queryset = Order.objects.all()


class NoteViewSet(viewsets.ModelViewSet):  # ok: django/orm-list-select-related  (no relation rendered)
    serializer_class = NoteSerializer
    queryset = Note.objects.all()


class OrderDetailView(DetailView):  # ok: django/orm-list-select-related  (detail view: one row)
    queryset = Order.objects.all()
