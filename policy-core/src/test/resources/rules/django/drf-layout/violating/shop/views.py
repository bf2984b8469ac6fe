from rest_framework import viewsets
from rest_framework.views import APIView


class ProductViewSet(viewsets.ModelViewSet):  # expect: django/drf-layout
    pass


class PingView(APIView):  # the same misplaced module: named in the finding on ProductViewSet ("2 in this file, lines 5, 9")
    pass


def index(request):  # ok: django/drf-layout
    pass
