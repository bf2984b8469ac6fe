import pytest
from django.test import override_settings
from django.urls import reverse

DEBUG_TOOLBAR = False  # ok: django/test-no-debug-check


@pytest.mark.django_db
@override_settings(SHOW_TECHNICAL_ERRORS=False)
def test_500_page_renders(client, settings):
    settings.FEATURE_FLAGS = {"new_checkout": True}
    response = client.get(reverse("core:boom"))
    assert response.status_code == 500
    assert "DEBUG" not in response.content.decode()  # ok: django/test-no-debug-check
