from django import forms

from accounts.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


class SearchForm(forms.Form):
    class Meta:
        exclude = ["internal"]


class ProfileAdmin:
    exclude = ["password"]
