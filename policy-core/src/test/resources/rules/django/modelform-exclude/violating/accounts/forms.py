from django import forms
from django.forms import ModelForm

from accounts.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        exclude = ["is_staff"]  # expect: django/modelform-exclude


class SignupForm(ModelForm):
    class Meta:
        model = Profile
        exclude = ("is_staff", "is_superuser")  # expect: django/modelform-exclude
        exclude = ("is_staff",)  # ok: django/modelform-exclude (reported once per form)


class BaseProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name"]


class AdminProfileForm(BaseProfileForm):
    # a ModelForm through a base class of this file
    class Meta:
        model = Profile
        exclude = ["password"]  # expect: django/modelform-exclude
