from rest_framework import viewsets

from apps.teams.models import Team

from .serializers import TeamSerializer


class TeamViewSet(viewsets.ReadOnlyModelViewSet):  # expect: django/orm-list-select-related  (this module's TeamSerializer nests the people of each team)
    serializer_class = TeamSerializer
    queryset = Team.objects.all()
