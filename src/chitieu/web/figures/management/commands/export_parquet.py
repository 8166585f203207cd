"""``chitieu manage export_parquet OUT_DIR [--plan SLUG]``: the analytics copy.

Writes every approved vintage of each plan as a Parquet dataset
(:mod:`chitieu.figures.parquet`) that DuckDB, Polars or Spark read without touching the
production database: ``duckdb -c "select * from read_parquet('OUT_DIR/*/*.parquet',
hive_partitioning=true)"``. Rows are read as tuples in chunks, never as model objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import F

from chitieu.figures.parquet import FigureRow, write_plan_dataset
from chitieu.web.people.access import figures_for_all
from chitieu.web.plans.models import Plan
from chitieu.web.units.models import AdminUnit, UnitLevel

READ_CHUNK = 20_000


def province_codes() -> dict[str, str]:
    """The province each unit code lies in (its own code for a province); a code used
    in several intervals takes its latest parent."""
    parents: dict[str, str | None] = {}
    levels: dict[str, str] = {}
    rows = AdminUnit.objects.order_by("valid_from").values_list("code", "parent__code", "level")
    for code, parent, level in rows.iterator(chunk_size=READ_CHUNK):
        parents[code], levels[code] = parent, level
    out: dict[str, str] = {}
    for code in parents:
        seen, at = set(), code
        while levels.get(at) != UnitLevel.PROVINCE and parents.get(at) and at not in seen:
            seen.add(at)
            at = parents[at] or at
        out[code] = at if levels.get(at) == UnitLevel.PROVINCE else ""
    return out


def plan_rows(plan: Plan, provinces: dict[str, str]) -> Iterator[FigureRow]:
    rows = (
        figures_for_all(plan)
        .order_by("pk")
        .values_list(
            F("measure__key"),
            "unit_code",
            "period",
            "value",
            "places",
            "stage",
            "as_of",
            "approved_at",
            "source",
            "note",
        )
    )
    for metric, unit, period, value, places, stage, as_of, approved, source, note in rows.iterator(
        chunk_size=READ_CHUNK
    ):
        province = provinces.get(unit, "")
        yield (metric, unit, province, period, value, places, stage, as_of, approved, source, note)


class Command(BaseCommand):
    help = "Write every plan's approved figures as a Parquet dataset for analytics engines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out_dir", help="the dataset's folder (one sub-folder per plan)")
        parser.add_argument("--plan", help="one plan's identifier (default: every plan)")

    def handle(self, *args: Any, **options: Any) -> None:
        plans = Plan.objects.order_by("slug")
        if options["plan"]:
            plans = plans.filter(slug=options["plan"])
            if not plans:
                raise CommandError(f"no plan {options['plan']!r}")
        provinces = province_codes()
        out = Path(options["out_dir"])
        for plan in plans:
            n = write_plan_dataset(plan_rows(plan, provinces), out, plan.slug)
            self.stdout.write(f"{plan.slug}: {n} figures → {out / ('plan=' + plan.slug)}")
