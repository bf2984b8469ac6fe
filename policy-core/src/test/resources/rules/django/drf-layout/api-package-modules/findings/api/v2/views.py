from rest_framework import viewsets


class FindingViewSet(viewsets.ModelViewSet):  # ok: django/drf-layout (a versioned api package)
    pass
