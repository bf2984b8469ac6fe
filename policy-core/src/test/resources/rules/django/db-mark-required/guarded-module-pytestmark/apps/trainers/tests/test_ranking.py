import pytest

from apps.trainers.tests.factories import TrainerFactory


class TestLeague:
    pytestmark = pytest.mark.django_db

    def test_league(self):  # ok: django/db-mark-required  (class-level mark: reported by db-mark-not-class-level)
        assert TrainerFactory().league


def test_ranking():  # expect: django/db-mark-required  (the class's pytestmark does not cover module functions)
    first, second = TrainerFactory.create_batch(2)
    assert first.rank < second.rank


def make_pytestmark():
    pytestmark = pytest.mark.django_db
    return pytestmark
