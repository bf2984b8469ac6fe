from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from accounts import handlers
        from accounts.signals import password_changed, password_set

        for sig in [password_set, password_changed]:
            sig.connect(receiver=handlers.end_other_sessions)  # expect: django/signal-dispatch-uid
