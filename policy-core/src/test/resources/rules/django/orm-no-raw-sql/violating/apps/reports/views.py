from django.db import connection, connections
from django.shortcuts import render

from apps.reports.models import Sale


def top_products(request):
    sales = Sale.objects.raw(  # expect: django/orm-no-raw-sql
        "SELECT id, product_id, SUM(amount) AS total FROM reports_sale GROUP BY product_id ORDER BY total DESC"
    )
    return render(request, "reports/top.html", {"sales": sales})


def revenue(request):
    with connection.cursor() as cursor:  # ok: django/orm-no-raw-sql  (opening a cursor runs no SQL; the execute below is the finding)
        cursor.execute("SELECT SUM(amount) FROM reports_sale WHERE created >= %s", [request.GET["since"]])  # expect: django/orm-no-raw-sql
        (total,) = cursor.fetchone()
    return render(request, "reports/revenue.html", {"total": total})


def warehouse_stock():
    cursor = connections["warehouse"].cursor()  # ok: django/orm-no-raw-sql
    cursor.execute("SELECT sku, qty FROM stock")  # expect: django/orm-no-raw-sql
    return dict(cursor.fetchall())
