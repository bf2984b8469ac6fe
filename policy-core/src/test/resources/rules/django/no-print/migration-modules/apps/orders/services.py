def total(order):
    print(order.pk)  # expect: django/no-print
    return sum(line.amount for line in order.lines.all())
