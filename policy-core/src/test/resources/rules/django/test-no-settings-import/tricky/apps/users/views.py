from django.conf import settings  # ok: django/test-no-settings-import
from django.shortcuts import redirect


def after_signup(request):
    return redirect(settings.LOGIN_URL)
