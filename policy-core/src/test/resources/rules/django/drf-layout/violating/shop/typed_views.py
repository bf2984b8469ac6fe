from rest_framework import viewsets
from rest_framework.generics import GenericAPIView


class TagViewSet(viewsets.ModelViewSet[Tag]):  # expect: django/drf-layout (a base with type arguments is still a ModelViewSet)
    pass


class TagDetailView(GenericAPIView[Tag]):  # the same misplaced module: named in the finding on TagViewSet
    pass
