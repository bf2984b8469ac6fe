from rest_framework import viewsets


class OrderViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/drf-layout
    pass
