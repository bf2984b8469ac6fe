from rest_framework import permissions, viewsets
from rest_framework.views import APIView


class SecuredAPIView(APIView):
    permission_classes = [permissions.IsAuthenticated]


class PlainBaseViewSet(viewsets.GenericViewSet):  # expect: django/drf-permission-classes  (a project base that sets none is itself reported)
    pagination_class = None


class OwnerPermissionsMixin:
    def get_permissions(self):
        return [permissions.IsAuthenticated()]


class AuditedViewSet(OwnerPermissionsMixin, viewsets.ModelViewSet):
    pass
