from rest_framework import viewsets


class FakeViewSet(viewsets.ViewSet):  # ok: django/drf-layout (test code)
    pass
