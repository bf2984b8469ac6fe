import warnings

from django.dispatch import Signal


class RenamedSignal(Signal):
    """A signal kept under an old name: connecting to it warns, then connects as usual."""

    def __init__(self, old_name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.old_name = old_name

    def connect(self, receiver, sender=None, weak=True, dispatch_uid=None):
        warnings.warn(f"{self.old_name} is renamed", DeprecationWarning, stacklevel=2)
        return super().connect(receiver, sender=sender, weak=weak, dispatch_uid=dispatch_uid)  # ok: django/signal-connect-in-ready


invoice_sent = RenamedSignal("invoice_mailed")
