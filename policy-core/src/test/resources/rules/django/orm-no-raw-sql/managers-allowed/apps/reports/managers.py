from django.db import connection


def vacuum_sales():
    with connection.cursor() as cursor:  # ok: django/orm-no-raw-sql
        cursor.execute("VACUUM ANALYZE reports_sale")  # ok: django/orm-no-raw-sql
