from rest_framework import serializers


class ProductSerializer(serializers.ModelSerializer):
    pass
