import pytest

from apps.imports.models import Finding
from common.testing import ProjectTestCase
from django.test import override_settings


class ReimportTestBase(ProjectTestCase):
    def setUp(self):
        Finding.objects.create(title="first")


class TestReimportKeepsFindings(ReimportTestBase):
    def test_keeps_the_first_finding(self):  # ok: django/db-mark-required
        assert Finding.objects.count() == 1


class PlainBase:
    pass


class TestReimportWithoutDatabaseBase(PlainBase):
    def test_counts_findings(self):  # expect: django/db-mark-required
        assert Finding.objects.count() == 0


@override_settings(IMPORTS_ENABLED=True)
class DecoratedReimportBase(ProjectTestCase):
    pass


class TestReimportUnderDecoratedBase(DecoratedReimportBase):
    def test_counts_findings(self):  # ok: django/db-mark-required
        assert Finding.objects.count() == 0
