from django.db.models.signals import pre_delete

from core.handlers import record_deletion


def purge(queryset):
    # the change log would record every row: it is paused for the purge and restored after
    pre_delete.disconnect(record_deletion)
    try:
        queryset.delete()
    finally:
        pre_delete.connect(record_deletion)  # ok: django/signal-connect-in-ready


def watch_deletions():
    pre_delete.connect(record_deletion, dispatch_uid="jobs.record_deletion")  # expect: django/signal-connect-in-ready
