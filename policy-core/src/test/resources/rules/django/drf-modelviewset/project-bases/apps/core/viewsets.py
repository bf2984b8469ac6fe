from rest_framework import viewsets
from rest_framework.filters import OrderingFilter


class FilteredViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (a base the project's viewsets extend)
    filter_backends = [OrderingFilter]
    ordering = ["-id"]

    def get_queryset(self):
        return self.queryset.filter(owner=self.request.user)
