# A draft figure's version and the time of its last change, so that a writer who read an
# older version is refused instead of overwriting a change they have not seen.

from typing import Any

from django.db import migrations, models
from django.db.models import F


def changed_when_entered(apps: Any, schema_editor: Any) -> None:
    """Figures stored before: last changed when they were entered, as far as is known."""
    apps.get_model("figures", "FigureRecord").objects.update(changed_at=F("entered_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("figures", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="figurerecord",
            name="changed_at",
            field=models.DateTimeField(auto_now=True),
        ),
        migrations.AddField(
            model_name="figurerecord",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False),
        ),
        migrations.RunPython(changed_when_entered, migrations.RunPython.noop),
    ]
