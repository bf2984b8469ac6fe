from rest_framework import mixins, permissions, viewsets
from rest_framework.response import Response

from apps.prefs.api.serializers import PreferenceSerializer
from apps.prefs.models import Preference


class PreferenceViewSet(viewsets.ViewSet):
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Preference.objects.filter(user=self.request.user)  # ok: django/orm-list-select-related  (no list action)

    def list(self, request):
        return Response(self.get_queryset().first().data)


class PreferenceDetailViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = PreferenceSerializer
    queryset = Preference.objects.all()  # ok: django/orm-list-select-related  (retrieve only)


class PreferenceListViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = PreferenceSerializer
    queryset = Preference.objects.all()  # ok: django/orm-list-select-related  (PreferenceSerializer is not in the project: nothing shows that rows read relations)
