import pytest
from django.conf import settings
from django.urls import reverse


@pytest.mark.django_db
def test_500_page_renders(client):
    response = client.get(reverse("core:boom"))
    if settings.DEBUG:  # expect: django/test-no-debug-check
        pytest.skip("technical 500 page in DEBUG")
    assert response.status_code == 500


def test_toolbar_disabled():
    from django import conf

    assert not conf.settings.DEBUG  # expect: django/test-no-debug-check
