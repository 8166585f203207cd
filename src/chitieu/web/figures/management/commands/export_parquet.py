"""``chitieu manage export_parquet OUT_DIR [--plan SLUG]``: the analytics copy.

Writes every approved vintage of each plan as a Parquet dataset
(:mod:`chitieu.figures.parquet`) that DuckDB, Polars or Spark read without touching the
production database: ``duckdb -c "select * from read_parquet('OUT_DIR/*/*.parquet',
hive_partitioning=true)"``. Rows are read as tuples in chunks, never as model objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import F

from chitieu.figures.parquet import FigureRow, write_plan_dataset
from chitieu.units.registry import Registry
from chitieu.web.figures.reading import CHUNK
from chitieu.web.people.access import figures_for_all
from chitieu.web.plans.models import Plan
from chitieu.web.units.models import AdminUnit


def province_codes() -> dict[str, str]:
    """The province each unit code lies in (its own code for a province), on the last day
    of the code's latest interval, by the units' tree (:meth:`Registry.ancestors`)."""
    rows = AdminUnit.objects.select_related("parent")
    registry = Registry([u.to_core() for u in rows.iterator(chunk_size=CHUNK)], check=False)
    out: dict[str, str] = {}
    for code in {u.code for u in registry.units}:
        day = registry.versions(code)[-1].valid_to or date.max
        chain = (registry.version(c, day) for c in [code, *registry.ancestors(code, day)])
        out[code] = next((u.code for u in chain if u and u.level == "province"), "")
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
        chunk_size=CHUNK
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
