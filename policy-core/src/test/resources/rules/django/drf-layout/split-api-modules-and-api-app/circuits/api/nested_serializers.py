from rest_framework import serializers


class NestedCircuitSerializer(serializers.ModelSerializer):  # ok: django/drf-layout
    class Meta:
        fields = ["id"]
