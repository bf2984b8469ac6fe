from django.db import migrations


def report_vendor(apps, schema_editor):
    print("Database vendor: {}".format(schema_editor.connection.vendor))


class Migration(migrations.Migration):
    dependencies = [("orders", "0017_order_vendor")]
    operations = [migrations.RunPython(report_vendor, migrations.RunPython.noop)]
