import pytest

from osf.models import Institution


@pytest.mark.django_db
class InstitutionsTestMixin:
    @pytest.fixture()
    def institution(self):
        return Institution.objects.create(name="One")


class TestNodeInstitutions(InstitutionsTestMixin):
    def test_lists_the_institution(self, institution):  # ok: django/db-mark-required
        assert Institution.objects.filter(pk=institution.pk).exists()


class UnmarkedMixin:
    pass


class TestUnmarkedInstitutions(UnmarkedMixin):
    def test_counts(self):  # expect: django/db-mark-required
        assert Institution.objects.count() == 0
