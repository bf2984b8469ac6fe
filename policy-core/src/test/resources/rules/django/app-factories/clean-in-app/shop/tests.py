import pytest


@pytest.mark.django_db
def test_ok():
    assert True
