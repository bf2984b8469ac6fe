import pytest
from django.conf import settings  # expect: django/test-no-settings-import
from django.urls import reverse


@pytest.mark.django_db
def test_signup_redirects_to_login(client):
    response = client.post(reverse("users:signup"), {"email": "ana@example.com", "password1": "x" * 12})
    assert response.url == settings.LOGIN_URL
