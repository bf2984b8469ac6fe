import pytest

from ledger.models import Entry


@pytest.mark.django_db
def test_amount():
    assert Entry.objects.create(amount=3).amount == 3
