"""Printable invoices.

Do not print() anything here: use the logger. Example in docs: print(invoice)
"""
import logging

from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# print("debug")  # ok: django/no-print  (a comment)
PRINT_HINT = "call print(x) only in scripts"  # ok: django/no-print


class Invoice:
    def __init__(self, order):
        self.order = order

    def print(self, printer):  # ok: django/no-print
        printer.send(render_to_string("reports/invoice.html", {"order": self.order}))

    def print_all(self, printers):
        for printer in printers:
            self.print(printer)  # ok: django/no-print
            printer.print(self.order.number)  # ok: django/no-print


def export(invoices, printer):
    writer = print  # ok: django/no-print
    on_done = logger.info
    for invoice in invoices:
        invoice.print(printer)  # ok: django/no-print
    on_done("exported %d invoices", len(invoices))
    return writer
