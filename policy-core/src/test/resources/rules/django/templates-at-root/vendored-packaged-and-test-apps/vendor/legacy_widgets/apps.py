from django.apps import AppConfig


class Legacy_widgetsConfig(AppConfig):
    name = "legacy_widgets"
