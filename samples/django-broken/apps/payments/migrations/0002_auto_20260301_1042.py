from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("payments", "0001_initial")]

    operations = [
        migrations.AddIndex(
            model_name="subscription",
            index=models.Index(fields=["user", "status"], name="payments_su_user_id_3f1c2a_idx"),
        ),
    ]
