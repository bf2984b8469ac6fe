from django import forms

from accounts.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__"  # expect: django/modelform-all-fields


class ProfileBytesForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = b"__all__"  # expect: django/modelform-all-fields


class ProfileListForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name"]  # ok: django/modelform-all-fields
