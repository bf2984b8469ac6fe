from rest_framework import serializers


class ProductSerializer(serializers.ModelSerializer):  # expect: django/drf-layout
    class Meta:
        fields = "__all__"
