from django import forms

from accounts.models import Profile


class EveryFieldForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__"  # ok: django/modelform-all-fields (a test of the form machinery, never submitted by a user)
