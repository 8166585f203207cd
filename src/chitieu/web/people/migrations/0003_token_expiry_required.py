from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_token_expiry_and_scope"),
    ]

    operations = [
        migrations.AlterField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(verbose_name="expires"),
        ),
    ]
