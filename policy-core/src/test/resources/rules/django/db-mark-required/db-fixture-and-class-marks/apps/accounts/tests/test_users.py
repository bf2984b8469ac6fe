import pytest

from apps.accounts.tests.factories import UserFactory


class TestPhoneUser:
    def test_absolute_url(self, user):  # ok: django/db-mark-required  (no ORM call in the test)
        assert user.get_absolute_url() == f"/users/{user.pk}/"

    def test_unusable_password(self, db):  # ok: django/db-mark-required  (db fixture argument)
        user = UserFactory()
        assert not user.has_usable_password()

    def test_phone_unique(self, transactional_db):  # ok: django/db-mark-required
        UserFactory(phone="+12125550001")
        with pytest.raises(Exception):
            UserFactory(phone="+12125550001")


def test_signup_page(live_server, page):  # ok: django/db-mark-required
    UserFactory(email="ana@example.com")
    page.goto(live_server.url)


@pytest.mark.usefixtures("db")
def test_deactivate():  # ok: django/db-mark-required
    user = UserFactory()
    user.deactivate()


def test_db_name_is_not_db(dbname):  # expect: django/db-mark-required
    UserFactory(username=dbname)


@pytest.mark.django_db
class TestProfile:
    def test_avatar(self):  # ok: django/db-mark-required  (class-level mark: the other rule's finding)
        assert UserFactory().profile.avatar_url


class TestSettingsPage:
    pytestmark = [pytest.mark.django_db]

    def test_language(self):  # ok: django/db-mark-required
        assert UserFactory(language="de").language == "de"


class TestNotificationsPage:
    pytestmark = pytest.mark.slow

    def test_timezone(self):  # expect: django/db-mark-required
        user = UserFactory.build()
        user.save()
        assert user.timezone == "UTC"
