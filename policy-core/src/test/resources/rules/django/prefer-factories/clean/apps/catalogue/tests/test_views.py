from django.test import TestCase

from apps.catalogue.tests.factories import ProductFactory


class ProductListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.product = ProductFactory(title="Espresso")

    def test_lists_products(self):
        fixtures = ["not", "a", "class", "attribute"]  # ok: django/prefer-factories
        self.assertContains(self.client.get("/products/"), "Espresso")
        self.assertEqual(len(fixtures), 4)


class EmptyFixturesTests(TestCase):
    fixtures = []  # ok: django/prefer-factories
