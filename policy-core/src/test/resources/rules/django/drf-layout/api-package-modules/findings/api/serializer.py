from rest_framework import serializers


class FindingSerializer(serializers.ModelSerializer):  # ok: django/drf-layout (in the api package, module named in the singular)
    class Meta:
        fields = ["id", "title"]
