import pytest

from apps.pages.models import Page
from apps.pages.tests.base import PagesApiBase


class TestPageCreate(PagesApiBase):
    def test_creates_a_page(self):  # ok: django/db-mark-required
        Page.objects.create(title="home")
        self.assertEqual(Page.objects.count(), 1)


class TestPageListing(PagesApiBase):
    def setUp(self):
        self.page = Page.objects.create(title="home")

    def test_lists_pages(self):  # ok: django/db-mark-required
        assert Page.objects.filter(title="home").exists()


class TestPageResponses(PagesApiBase):
    @classmethod
    def setUpTestData(cls):
        cls.page = Page.objects.create(title="home")

    def test_renders_the_page(self):  # ok: django/db-mark-required
        response = self.client.get("/home/")
        self.assertContains(response, Page.objects.get().title)


class TestPageCounts:
    def test_counts_pages(self):  # expect: django/db-mark-required
        assert Page.objects.count() == 0


class TestPageCustomAssertions(PageAssertions):
    def test_uses_an_assertion_of_its_own(self):  # expect: django/db-mark-required
        self.assertPageCount(Page.objects.all(), 0)

    def test_asks_another_object_to_assert(self):  # expect: django/db-mark-required
        helper = PageHelper()
        helper.assertEqual(Page.objects.count(), 0)
