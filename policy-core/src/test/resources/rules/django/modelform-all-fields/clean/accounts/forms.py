from django import forms
from rest_framework import serializers

from accounts.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


class ProfileSerializer(serializers.ModelSerializer):
    # serializers are not forms (django/serializer rules judge them)
    class Meta:
        model = Profile
        fields = "__all__"
