from rest_framework import viewsets
from rest_framework.exceptions import MethodNotAllowed


class AuditedViewSet(viewsets.ModelViewSet):
    """Shared by the audit endpoints."""

    ordering = ["-created"]


class LogViewSet(AuditedViewSet):  # expect: django/drf-modelviewset  (a base that lets only reads through)
    http_method_names = ["get", "head", "options"]


class JournalViewSet(AuditedViewSet):  # expect: django/drf-modelviewset  (a base that refuses every write)
    def create(self, request, *args, **kwargs):
        raise MethodNotAllowed(request.method)

    def update(self, request, *args, **kwargs):
        raise MethodNotAllowed(request.method)

    def destroy(self, request, *args, **kwargs):
        raise MethodNotAllowed(request.method)
