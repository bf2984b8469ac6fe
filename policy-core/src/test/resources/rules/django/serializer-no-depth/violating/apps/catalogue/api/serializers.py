from rest_framework import serializers

from apps.catalogue.models import Category, Product, ProductImage


class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "title", "category", "images"]
        depth = 1  # expect: django/serializer-no-depth


class CategoryTreeSerializer(serializers.HyperlinkedModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:category-detail")

    class Meta:
        model = Category
        fields = "__all__"
        depth: int = 2  # expect: django/serializer-no-depth


class ProductImageSerializer(ProductSerializer):
    class Meta(ProductSerializer.Meta):
        model = ProductImage
        depth = 3  # expect: django/serializer-no-depth
