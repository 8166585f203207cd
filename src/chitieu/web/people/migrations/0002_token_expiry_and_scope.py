"""API tokens get an expiry and a scope. Tokens made before keep the rights they had
(read and write) and expire 90 days after the upgrade, so no script breaks on the day."""

from datetime import timedelta
from typing import Any

from django.db import migrations, models
from django.utils import timezone


def expire_in_90_days(apps: Any, schema_editor: Any) -> None:
    ApiToken = apps.get_model("people", "ApiToken")
    ApiToken.objects.filter(expires_at__isnull=True).update(
        expires_at=timezone.now() + timedelta(days=90)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[("read", "read only"), ("write", "read and write")],
                default="write",
                max_length=10,
                verbose_name="scope",
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[("read", "read only"), ("write", "read and write")],
                default="read",
                max_length=10,
                verbose_name="scope",
            ),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(null=True, verbose_name="expires"),
        ),
        # The column becomes required in 0003: on PostgreSQL a table cannot be altered in
        # the transaction that updated its rows.
        migrations.RunPython(expire_in_90_days, migrations.RunPython.noop),
    ]
