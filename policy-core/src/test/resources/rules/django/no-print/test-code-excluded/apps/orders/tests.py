from django.test import TestCase


class SmokeTest(TestCase):
    def test_home(self):
        response = self.client.get("/")
        print(response.status_code)  # ok: django/no-print
