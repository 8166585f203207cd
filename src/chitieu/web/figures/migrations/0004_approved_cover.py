"""On PostgreSQL, an index that answers the reads of approved figures by measure (a target
page's units, the cascade, an upload's checks) without visiting the table.

A target page reads one measure's approved rows of every unit; they lie one per page of
the table (each unit's figures were stored together), so at 1,37 M figures its two measures
cost 40.000 page reads through ``figure_vintage_unique`` (0,38 s). This index has the same
key, only approved rows, and the value and its places: the same read is an index-only scan
of 10.600 pages (0,05 s). Drafts are not in it, so saving a draft does not update it.
SQLite gets none (it has no ``INCLUDE``; the bench's target page there is CPU-bound, 0,48 s
wall for 0,48 s of CPU). Built ``CONCURRENTLY``, so a national table keeps taking writes
meanwhile.
"""

from typing import Any

from django.db import migrations

NAME = "figure_approved_cover"


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {NAME} ON figures_figurerecord "
        "(measure_id, unit_code, period, stage, as_of) INCLUDE (value, places) "
        "WHERE approved_at IS NOT NULL"
    )


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {NAME}")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY runs outside a transaction

    dependencies = [("figures", "0003_exchange_mapping")]

    operations = [migrations.RunPython(create, drop)]
