import django.conf  # ok: django/test-no-settings-import
from django.conf import settings as s  # expect: django/test-no-settings-import


def test_debug_off():
    assert s.SECRET_KEY
