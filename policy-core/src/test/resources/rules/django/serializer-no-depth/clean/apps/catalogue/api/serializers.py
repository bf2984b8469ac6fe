from rest_framework import serializers

from apps.catalogue.models import Product


class ProductSerializer(serializers.ModelSerializer):
    category_name = serializers.SerializerMethodField()
    images = serializers.SerializerMethodField()

    class Meta:
        model = Product
        fields = ["id", "title", "category_name", "images"]
        read_only_fields = fields

    def get_category_name(self, obj):
        return obj.category.name

    def get_images(self, obj):
        return [image.url for image in obj.images.all()]
