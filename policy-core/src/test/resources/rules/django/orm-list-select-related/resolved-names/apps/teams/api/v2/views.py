from allauth.socialaccount.models import SocialAccount
from oauth2_provider.models import AccessToken
from rest_framework import viewsets

from apps.teams.api.v2.serializers import (
    InvitationSerializer,
    LinkedAccountSerializer,
    TeamSerializer,
    TokenGroupsSerializer,
    TokenSerializer,
)
from apps.teams.models import Invitation, Team


class TeamViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/orm-list-select-related  (the imported TeamSerializer is v2's, which shows no relation)
    serializer_class = TeamSerializer
    queryset = Team.objects.all()


class InvitationViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/orm-list-select-related  (the base's method field is left out of Meta.fields, the nested one is write-only)
    serializer_class = InvitationSerializer
    queryset = Invitation.objects.all()


class LinkedAccountViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/orm-list-select-related  (a library's model: its relations are unknown, nothing is guessed)
    serializer_class = LinkedAccountSerializer
    queryset = SocialAccount.objects.all()


class TokenViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/orm-list-select-related  (the method reads plain columns of a library's model)
    serializer_class = TokenSerializer
    queryset = AccessToken.objects.all()


class TokenGroupsViewSet(viewsets.ReadOnlyModelViewSet):  # expect: django/orm-list-select-related  (a many=True related field is a set of rows per token)
    serializer_class = TokenGroupsSerializer
    queryset = AccessToken.objects.all()
