from rest_framework import serializers

from apps.payments.models import Subscription


class SubscriptionSerializer(serializers.ModelSerializer):
    user_name = serializers.SerializerMethodField()

    class Meta:
        model = Subscription
        fields = ["id", "user_name", "plan", "status", "start_date", "end_date"]
        read_only_fields = ["status"]

    def get_user_name(self, obj):
        return str(obj.user)

    def validate(self, attrs):
        end_date = attrs.get("end_date")
        if end_date and end_date < attrs["start_date"]:
            raise serializers.ValidationError({"end_date": "The end date comes before the start date."})
        return attrs
