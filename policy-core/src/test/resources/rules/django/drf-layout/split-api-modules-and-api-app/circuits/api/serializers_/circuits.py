from rest_framework import serializers


class CircuitSerializer(serializers.ModelSerializer):  # ok: django/drf-layout
    class Meta:
        fields = ["id", "cid"]
