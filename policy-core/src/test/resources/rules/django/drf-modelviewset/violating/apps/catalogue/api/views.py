from rest_framework import permissions, viewsets
from rest_framework.viewsets import ModelViewSet

from apps.catalogue.api.serializers import CategorySerializer, ProductSerializer
from apps.catalogue.models import Category, Product


class ProductViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset
    queryset = Product.objects.select_related("category")
    serializer_class = ProductSerializer
    permission_classes = [permissions.IsAdminUser]


class CategoryViewSet(ModelViewSet):  # expect: django/drf-modelviewset
    queryset = Category.objects.all()
    serializer_class = CategorySerializer
    permission_classes = [permissions.IsAdminUser]
