import pytest
from django.test import override_settings
from django.urls import reverse


@pytest.mark.django_db
@override_settings(LOGIN_URL="/accounts/login/")
def test_signup_redirects_to_login(client):
    response = client.post(reverse("users:signup"), {"email": "ana@example.com", "password1": "x" * 12})
    assert response.url == "/accounts/login/"


def test_uses_settings_fixture(settings):
    settings.LANGUAGE_CODE = "de"
    assert settings.LANGUAGE_CODE == "de"
