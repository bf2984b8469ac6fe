import pytest


def pytest_configure(config):
    from django.conf import (  # expect: django/test-no-settings-import
        global_settings,
        settings as django_settings,
    )

    django_settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS[-1:]
