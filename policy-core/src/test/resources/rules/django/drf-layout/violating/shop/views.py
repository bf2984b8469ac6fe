from rest_framework import viewsets
from rest_framework.views import APIView


class ProductViewSet(viewsets.ModelViewSet):  # expect: django/drf-layout
    pass


class PingView(APIView):  # expect: django/drf-layout
    pass


def index(request):  # ok: django/drf-layout
    pass
