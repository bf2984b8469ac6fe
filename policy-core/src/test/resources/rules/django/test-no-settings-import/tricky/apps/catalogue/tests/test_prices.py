from django.conf import global_settings  # ok: django/test-no-settings-import
from apps.catalogue.conf import settings as catalogue_settings  # ok: django/test-no-settings-import


def test_default_page_size():
    assert catalogue_settings.PAGE_SIZE == 20
    assert global_settings.USE_TZ is False


def test_currency_from_settings():
    from django.conf import settings  # expect: django/test-no-settings-import

    assert settings.DEFAULT_CURRENCY == "EUR"
