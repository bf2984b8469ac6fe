from rest_framework import serializers


class OrderSerializer(serializers.Serializer):  # ok: django/drf-layout
    code = serializers.CharField()
