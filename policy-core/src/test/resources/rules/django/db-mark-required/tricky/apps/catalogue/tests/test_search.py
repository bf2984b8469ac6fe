import pytest
from pytest import mark

from apps.catalogue.models import Product
from apps.catalogue.tests.factories import ProductFactory


@pytest.mark.parametrize("term", ["esp", "ESP"])
@mark.django_db
def test_search_is_case_insensitive(client, term):  # ok: django/db-mark-required
    ProductFactory(title="Espresso")
    assert client.get("/search/", {"q": term}).json()["count"] == 1


@pytest.mark.parametrize("term", ["esp", "ESP"])
def test_search_without_mark(client, term):  # expect: django/db-mark-required
    ProductFactory(title="Espresso")
    assert client.get("/search/", {"q": term}).json()["count"] == 1


async def test_async_count():  # expect: django/db-mark-required
    assert await Product.objects.acount() == 0


def test_nested_helper_touches_db():  # expect: django/db-mark-required
    def make():
        return ProductFactory.create(title="Lungo")

    assert make().pk


@pytest.fixture
def product():  # ok: django/db-mark-required  (a fixture, not a test)
    return ProductFactory()


class TestSearchPage:
    def helper(self):  # ok: django/db-mark-required
        return Product.objects.all()

    @pytest.mark.django_db
    def test_page(self, client):  # ok: django/db-mark-required
        ProductFactory()
        assert client.get("/search/").status_code == 200
