from rest_framework import mixins, viewsets

from apps.core.api.base import AuditedViewSet, OwnerPermissionsMixin, PlainBaseViewSet, SecuredAPIView
from apps.shop.api.serializers import CartSerializer
from apps.shop.models import Cart


class CartStatusView(SecuredAPIView):  # ok: django/drf-permission-classes  (inherited from the project's base view)
    def get(self, request):
        return None


class CartViewSet(mixins.ListModelMixin, PlainBaseViewSet):  # ok: django/drf-permission-classes  (one gap, one finding: reported on PlainBaseViewSet, which it inherits)
    queryset = Cart.objects.all()
    serializer_class = CartSerializer


class OwnedCartViewSet(OwnerPermissionsMixin, viewsets.ModelViewSet):  # ok: django/drf-permission-classes  (the project mixin overrides get_permissions)
    queryset = Cart.objects.all()
    serializer_class = CartSerializer


class AuditedCartViewSet(AuditedViewSet):  # ok: django/drf-permission-classes  (two levels up)
    queryset = Cart.objects.all()
    serializer_class = CartSerializer
