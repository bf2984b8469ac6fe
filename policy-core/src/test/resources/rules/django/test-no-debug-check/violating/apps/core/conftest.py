import pytest


@pytest.fixture(autouse=True)
def _no_debug(settings):
    assert settings.DEBUG is False  # expect: django/test-no-debug-check
