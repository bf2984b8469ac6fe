from rest_framework import viewsets


class ScopedModelViewSet(viewsets.ModelViewSet):  # ok: django/drf-permission-classes  (every endpoint below it sets its own)
    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)


class ListingViewSet(ScopedModelViewSet):  # ok: django/drf-permission-classes  (a further base: its endpoints set them too)
    ordering = ["-created"]


class LooseModelViewSet(viewsets.ModelViewSet):  # expect: django/drf-permission-classes  (one endpoint below it sets none)
    pagination_class = None
