from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.generics import ListAPIView
from rest_framework.response import Response

from apps.core.api.mixins import TeamScopedViewSetMixin
from apps.teams.api.serializers import MemberSerializer, TeamSerializer
from apps.teams.models import Member, Team


class TeamViewSet(TeamScopedViewSetMixin, viewsets.ModelViewSet):  # ok: django/drf-permission-classes  (the mixin may set them)
    queryset = Team.objects.all()
    serializer_class = TeamSerializer


class MemberViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):  # expect: django/drf-permission-classes
    queryset = Member.objects.select_related("team")
    serializer_class = MemberSerializer


class InviteListView(ListAPIView, metaclass=type):  # expect: django/drf-permission-classes
    serializer_class = MemberSerializer

    def get_queryset(self):
        return Member.objects.filter(invited=True).select_related("team")


@permission_classes([permissions.IsAdminUser])
@api_view(["POST"])
def disband(request, pk):  # expect: django/drf-permission-classes  (decorator above @api_view does nothing)
    Team.objects.filter(pk=pk).delete()
    return Response(status=204)


@api_view(["GET"])
@permission_classes([permissions.IsAuthenticated])
def my_team(request):  # ok: django/drf-permission-classes
    return Response(TeamSerializer(request.user.team).data)
