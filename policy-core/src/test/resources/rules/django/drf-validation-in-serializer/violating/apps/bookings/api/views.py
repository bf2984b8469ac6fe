from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import generics, permissions, serializers, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from apps.bookings.api.serializers import BookingSerializer
from apps.bookings.models import Booking


class BookingViewSet(viewsets.ModelViewSet):
    serializer_class = BookingSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Booking.objects.filter(guest=self.request.user)

    def perform_create(self, serializer):
        if serializer.validated_data["check_out"] <= serializer.validated_data["check_in"]:
            raise serializers.ValidationError({"check_out": "must be after check-in"})  # expect: django/drf-validation-in-serializer
        serializer.save(guest=self.request.user)


class BookingCancelView(generics.UpdateAPIView):
    serializer_class = BookingSerializer
    permission_classes = [permissions.IsAuthenticated]

    def update(self, request, *args, **kwargs):
        booking = self.get_object()
        if booking.is_past:
            raise ValidationError("past bookings cannot be cancelled")  # expect: django/drf-validation-in-serializer
        booking.cancel()
        return Response(status=204)


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated])
def extend(request, pk):
    nights = int(request.data.get("nights", 0))
    if nights < 1:
        raise DjangoValidationError("nights must be positive")  # expect: django/drf-validation-in-serializer
    return Response({"nights": nights})
