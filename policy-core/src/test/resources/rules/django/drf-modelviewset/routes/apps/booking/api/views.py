from rest_framework import viewsets

from apps.booking.api.serializers import RoomSerializer, SlotSerializer, StaySerializer, VisitSerializer
from apps.booking.models import Room, Slot, Stay, Visit


class BookingViewSet(viewsets.ModelViewSet):
    """The project's base viewset: every booking endpoint extends it."""

    def get_queryset(self):
        return super().get_queryset().filter(owner=self.request.user)


class RoomViewSet(BookingViewSet):  # expect: django/drf-modelviewset  (only list and create are routed)
    queryset = Room.objects.all()
    serializer_class = RoomSerializer


class SlotViewSet(BookingViewSet):  # ok: django/drf-modelviewset  (two mappings route every action)
    queryset = Slot.objects.all()
    serializer_class = SlotSerializer


class StayViewSet(BookingViewSet):  # ok: django/drf-modelviewset  (registered with the router: every action)
    queryset = Stay.objects.all()
    serializer_class = StaySerializer


class VisitViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (the mapping is a variable: not known)
    queryset = Visit.objects.all()
    serializer_class = VisitSerializer


class GuestViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset  (delete is never routed)
    queryset = Visit.objects.all()
    serializer_class = VisitSerializer
