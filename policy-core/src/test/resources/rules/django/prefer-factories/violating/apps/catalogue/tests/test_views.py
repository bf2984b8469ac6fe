from django.test import TestCase


class ProductListTests(TestCase):
    fixtures = ["users.json", "products.json"]  # expect: django/prefer-factories

    def test_lists_products(self):
        self.assertContains(self.client.get("/products/"), "Espresso")


class ProductDetailTests(TestCase):
    fixtures = (  # expect: django/prefer-factories
        "catalogue/tests/fixtures/users.json",
        "catalogue/tests/fixtures/products.json",
    )

    def test_detail(self):
        self.assertEqual(self.client.get("/products/1/").status_code, 200)
