from rest_framework import serializers

from apps.teams.models import Team


class PersonSerializer(serializers.Serializer):
    username = serializers.CharField()


class TeamSerializer(serializers.ModelSerializer):
    people = PersonSerializer(many=True, read_only=True)

    class Meta:
        model = Team
        fields = ("id", "label", "people")
