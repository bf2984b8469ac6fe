from apps.billing.signals import ledger_closed
from apps.billing.sftp import client


def push(path):
    client.connect()  # ok: django/signal-connect-in-ready  (not a signal)
    ledger_closed.connect(client.upload)  # expect: django/signal-connect-in-ready
