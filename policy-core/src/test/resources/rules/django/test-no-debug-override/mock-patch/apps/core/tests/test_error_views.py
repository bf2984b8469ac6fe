from unittest import mock

from django.conf import settings
from django.test import TestCase


class ErrorViewTests(TestCase):
    def test_traceback_in_json_error(self):
        with mock.patch.object(settings, "DEBUG", True):  # expect: django/test-no-debug-override
            response = self.client.get("/api/boom/")
        self.assertIn("traceback", response.json())

    @mock.patch("django.conf.settings.DEBUG", new=True)  # expect: django/test-no-debug-override
    def test_debug_banner(self):
        self.assertContains(self.client.get("/"), "debug")

    def test_quiet_in_production(self):
        with mock.patch.object(settings, "DEBUG", False):  # ok: django/test-no-debug-override
            response = self.client.get("/api/boom/")
        self.assertNotIn("traceback", response.json())

    def test_other_flag(self):
        with mock.patch.object(settings, "DEBUG_PROPAGATE_EXCEPTIONS", True):  # ok: django/test-no-debug-override
            self.assertEqual(self.client.get("/").status_code, 200)
