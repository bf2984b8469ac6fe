from django.test import TestCase, override_settings


@override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"])  # ok: django/test-no-debug-override
class ErrorPageTests(TestCase):
    def test_404_is_friendly(self):
        response = self.client.get("/missing/")
        self.assertTemplateUsed(response, "404.html")

    @override_settings(TEMPLATE_DEBUG=True)  # ok: django/test-no-debug-override
    def test_template_debug_only(self):
        with self.settings(DEBUG_PROPAGATE_EXCEPTIONS=True):  # ok: django/test-no-debug-override
            self.assertEqual(self.client.get("/").status_code, 200)
