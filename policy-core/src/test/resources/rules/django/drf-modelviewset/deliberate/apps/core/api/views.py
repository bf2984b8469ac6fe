from rest_framework import permissions, viewsets

from apps.core.api.serializers import NoteSerializer, TicketSerializer
from apps.core.models import Note, Ticket


class ProjectModelViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (a base class with no body of its own)
    """Base for the project's viewsets."""


class TicketViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (writes customised: CRUD is meant)
    queryset = Ticket.objects.all()
    serializer_class = TicketSerializer
    permission_classes = [permissions.IsAuthenticated]

    def perform_create(self, serializer):
        serializer.save(reporter=self.request.user)


class NoteViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (actions narrowed)
    queryset = Note.objects.all()
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "post"]


class LooseNoteViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset
    queryset = Note.objects.all()
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated]
