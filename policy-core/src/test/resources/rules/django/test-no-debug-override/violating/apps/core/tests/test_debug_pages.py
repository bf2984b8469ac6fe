import pytest
from django.test import TestCase, override_settings
from django.urls import reverse


@override_settings(DEBUG=True)  # expect: django/test-no-debug-override
class TechnicalErrorPageTests(TestCase):
    def test_404_shows_patterns(self):
        response = self.client.get("/missing/")
        self.assertContains(response, "URLconf", status_code=404)

    def test_500_shows_traceback(self):
        with self.settings(ALLOWED_HOSTS=["*"], DEBUG=True):  # expect: django/test-no-debug-override
            response = self.client.get(reverse("core:boom"))
        self.assertEqual(response.status_code, 500)


@pytest.mark.django_db
def test_static_served_in_debug(client, settings):
    settings.DEBUG = True  # expect: django/test-no-debug-override
    assert client.get("/static/app.css").status_code == 200


def test_debug_context_processor(rf):
    with override_settings(  # expect: django/test-no-debug-override
        INTERNAL_IPS=["127.0.0.1"],
        DEBUG=True,
    ):
        request = rf.get("/")
        assert request.META["REMOTE_ADDR"] == "127.0.0.1"
