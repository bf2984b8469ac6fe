from allauth.socialaccount.models import SocialAccount
from oauth2_provider.models import AccessToken
from rest_framework import serializers

from apps.teams.models import Invitation, Team


class TeamSerializer(serializers.ModelSerializer):
    """Same name as the v1 serializer, but this one shows no relation."""

    class Meta:
        model = Team
        fields = ("id", "label")


class GrantsSerializer(serializers.DictField):
    pass


class TrackedSerializer(serializers.ModelSerializer):
    can_edit = serializers.SerializerMethodField()
    grants = GrantsSerializer(required=False, write_only=True)

    def get_can_edit(self, obj):
        return obj.inviter == self.context["request"].user


class InvitationSerializer(TrackedSerializer):
    class Meta:
        model = Invitation
        fields = ("id", "address", "team")  # leaves out the base's can_edit


class ProviderSerializer(serializers.Serializer):
    name = serializers.CharField()


class LinkedAccountSerializer(serializers.ModelSerializer):
    provider = ProviderSerializer(source="get_provider", read_only=True)
    summary = serializers.SerializerMethodField()

    class Meta:
        model = SocialAccount
        fields = ("id", "provider", "summary")

    def get_summary(self, obj):
        return obj.extra_data.get("login", obj.uid)


class TokenSerializer(serializers.ModelSerializer):
    masked = serializers.SerializerMethodField()

    class Meta:
        model = AccessToken
        fields = ("id", "masked", "expires")

    def get_masked(self, obj):
        return obj.token[-4:] if obj.scope.strip() else ""


class TokenGroupsSerializer(serializers.ModelSerializer):
    group_ids = serializers.PrimaryKeyRelatedField(many=True, read_only=True, source="user.groups")

    class Meta:
        model = AccessToken
        fields = ("id", "group_ids")
