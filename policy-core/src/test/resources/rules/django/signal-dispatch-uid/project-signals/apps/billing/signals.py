from django.dispatch import Signal

invoice_paid = Signal()
invoice_voided = Signal()
