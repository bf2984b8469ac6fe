from rest_framework import permissions

from apps.core.api.base import ListingViewSet, LooseModelViewSet, ScopedModelViewSet
from apps.shop.models import Cart, Order, Product


class CartViewSet(ScopedModelViewSet):  # ok: django/drf-permission-classes
    queryset = Cart.objects.all()
    permission_classes = [permissions.IsAuthenticated]


class ProductListingViewSet(ListingViewSet):  # ok: django/drf-permission-classes
    queryset = Product.objects.all()
    permission_classes = [permissions.AllowAny]


class OrderViewSet(LooseModelViewSet):  # ok: django/drf-permission-classes  (reported once, on LooseModelViewSet)
    queryset = Order.objects.all()


class SecuredOrderViewSet(LooseModelViewSet):  # ok: django/drf-permission-classes
    queryset = Order.objects.all()
    permission_classes = [permissions.IsAdminUser]
