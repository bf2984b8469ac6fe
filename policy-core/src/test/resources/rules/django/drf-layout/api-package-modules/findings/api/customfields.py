from rest_framework.serializers import ListSerializer


class CustomFieldListSerializer(ListSerializer):  # ok: django/drf-layout (a helper module of the api package)
    pass
