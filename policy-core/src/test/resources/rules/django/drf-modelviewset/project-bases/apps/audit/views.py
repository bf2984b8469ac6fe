from apps.audit.models import Entry, LoginEvent, Note
from apps.audit.serializers import EntrySerializer, LoginEventSerializer, NoteSerializer
from apps.common.viewsets import AuditedViewSet, JournalViewSet, LogViewSet


class LoginEventViewSet(LogViewSet):  # ok: django/drf-modelviewset  (reported once, on the base that switches writes off)
    queryset = LoginEvent.objects.all()
    serializer_class = LoginEventSerializer


class EntryViewSet(JournalViewSet):  # ok: django/drf-modelviewset  (reported once, on the base)
    queryset = Entry.objects.all()
    serializer_class = EntrySerializer


class NoteViewSet(AuditedViewSet):  # ok: django/drf-modelviewset  (every action of the base, nothing switched off)
    queryset = Note.objects.all()
    serializer_class = NoteSerializer
