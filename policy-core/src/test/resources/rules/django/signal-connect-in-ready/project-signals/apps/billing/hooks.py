from django.dispatch import Signal

from apps.billing.handlers import mark_books_dirty, send_receipt

invoice_paid = Signal()
plan_changed = Signal()

invoice_paid.connect(send_receipt)  # expect: django/signal-connect-in-ready
plan_changed.connect(mark_books_dirty, dispatch_uid="billing.books")  # expect: django/signal-connect-in-ready
