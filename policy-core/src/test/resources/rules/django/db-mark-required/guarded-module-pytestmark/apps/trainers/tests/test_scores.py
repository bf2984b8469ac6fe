try:
    import pytest

    pytestmark = pytest.mark.django_db
except ImportError:
    pytest = None

from apps.trainers.tests.factories import TrainerFactory


def test_trainer_score():  # ok: django/db-mark-required  (module-level pytestmark under try)
    assert TrainerFactory(score=3).normalized_score() == 2.5
