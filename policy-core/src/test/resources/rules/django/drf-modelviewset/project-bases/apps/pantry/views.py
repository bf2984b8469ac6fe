from rest_framework.permissions import IsAuthenticated
from rest_framework.viewsets import ModelViewSet

from apps.core.viewsets import FilteredViewSet
from apps.pantry.models import Jar, Shelf
from apps.pantry.serializers import JarSerializer, ShelfSerializer


class ShelfViewSet(FilteredViewSet):  # ok: django/drf-modelviewset  (the rule judges ModelViewSet written as a base)
    queryset = Shelf.objects.all()
    serializer_class = ShelfSerializer
    permission_classes = [IsAuthenticated]


class JarViewSet(ModelViewSet[Jar]):  # expect: django/drf-modelviewset  (subscripted for type checkers)
    queryset = Jar.objects.all()
    serializer_class = JarSerializer
    permission_classes = [IsAuthenticated]
