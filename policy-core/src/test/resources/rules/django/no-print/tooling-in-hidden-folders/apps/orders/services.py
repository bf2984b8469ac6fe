def cancel(order):
    order.status = "cancelled"
    print("cancelled", order.pk)  # expect: django/no-print
