import pytest


@pytest.mark.django_db
def test_static_served_in_debug(client, settings):
    settings.DEBUG = True  # ok: django/test-no-debug-check  (an override, see test-no-debug-override)
    assert client.get("/static/app.css").status_code == 200
