from rest_framework import serializers

from apps.bookings.models import Booking


class BookingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Booking
        fields = ["id", "room", "check_in", "check_out"]

    def validate_room(self, room):
        if not room.is_bookable:
            raise serializers.ValidationError("room is not bookable")  # ok: django/drf-validation-in-serializer
        return room

    def validate(self, attrs):
        if attrs["check_out"] <= attrs["check_in"]:
            raise serializers.ValidationError({"check_out": "must be after check-in"})  # ok: django/drf-validation-in-serializer
        return attrs


def validate_nights(value):
    if value < 1:
        raise serializers.ValidationError("nights must be positive")  # ok: django/drf-validation-in-serializer
