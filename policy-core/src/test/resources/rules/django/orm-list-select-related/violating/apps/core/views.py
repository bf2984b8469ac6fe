from rest_framework import viewsets


def prefetch_for_serializer(serializer_class, queryset):
    return queryset


class PrefetchingViewSet(viewsets.ModelViewSet):
    """The project's base viewset: loads what its serializer renders."""

    def get_queryset(self):
        return prefetch_for_serializer(self.get_serializer_class(), super().get_queryset())


class OrderBaseViewSet(viewsets.ReadOnlyModelViewSet):
    pass
