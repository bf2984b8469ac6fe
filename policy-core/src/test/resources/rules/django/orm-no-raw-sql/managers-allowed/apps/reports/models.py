from django.db import connection, models


class SaleManager(models.Manager):
    def totals_by_day(self):
        # Window function over a partitioned table; the ORM cannot express the hint we need.
        with connection.cursor() as cursor:  # ok: django/orm-no-raw-sql
            cursor.execute("SELECT day, total FROM reports_sale_daily")  # ok: django/orm-no-raw-sql
            return cursor.fetchall()

    def refunded(self):
        return self.raw("SELECT * FROM reports_sale WHERE refunded")  # ok: django/orm-no-raw-sql


class Sale(models.Model):
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    objects = SaleManager()
