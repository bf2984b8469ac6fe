from rest_framework import generics, mixins, permissions, viewsets

from apps.catalogue.api.serializers import CategorySerializer, ProductSerializer
from apps.catalogue.models import Category, Product


class ProductViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Product.objects.select_related("category")
    serializer_class = ProductSerializer
    permission_classes = [permissions.AllowAny]


class CategoryViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/drf-modelviewset
    queryset = Category.objects.all()
    serializer_class = CategorySerializer
    permission_classes = [permissions.AllowAny]


class CategoryCreateView(generics.CreateAPIView):
    serializer_class = CategorySerializer
    permission_classes = [permissions.IsAdminUser]
    model_viewset_hint = "ModelViewSet"  # ok: django/drf-modelviewset
