from rest_framework import serializers


class AddonSerializer(object):  # ok: django/drf-layout (a plain class that serialises for templates)
    pass


class CitationsSerializer(AddonSerializer):  # ok: django/drf-layout
    pass


class AddonSettingsSerializer(serializers.Serializer):  # expect: django/drf-layout
    pass
