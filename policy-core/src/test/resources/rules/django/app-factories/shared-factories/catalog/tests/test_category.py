from catalog.tests.factories import CategoryFactory


def test_title_is_kept():
    assert CategoryFactory(title="tea").title == "tea"
