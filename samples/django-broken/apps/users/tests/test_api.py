import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from apps.users.tests.factories import UserFactory


@pytest.mark.django_db
def test_current_user_returns_the_logged_in_user():
    user = UserFactory()
    client = APIClient()
    client.force_authenticate(user)
    response = client.get("/api/users/me/")
    assert response.status_code == 200
    assert response.json()["username"] == user.username


@pytest.mark.django_db
@override_settings(LANGUAGE_CODE="de")
def test_user_list_needs_authentication():
    response = APIClient().get("/api/users/users/")
    assert response.status_code == 401


def test_display_name_validation_rejects_one_letter():
    from apps.users.api.serializers import UserSerializer

    serializer = UserSerializer()
    with pytest.raises(Exception):
        serializer.validate_display_name("A")
