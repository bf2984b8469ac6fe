from rest_framework import serializers

from apps.users.models import User


class UserSerializer(serializers.ModelSerializer):
    timezone = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "username", "email", "display_name", "timezone"]

    def get_timezone(self, obj):
        return obj.profile.timezone if hasattr(obj, "profile") else "UTC"

    def validate_display_name(self, value):
        if value and len(value.strip()) < 2:
            raise serializers.ValidationError("Display names need at least two characters.")
        return value
