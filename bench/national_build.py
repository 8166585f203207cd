"""The national benchmark's data: figures generated deterministically for thousands of real
communes, written as figures CSV files and stored through the project's own import path.

Units are the communes in force from 1 July 2025 (the ``vietnam-provinces`` data the
project ships its units from) of the 33 provinces other than Lạng Sơn, plus Lạng Sơn itself,
the plan's area, which keeps the demo's own figures. Communes outside the plan's province
are not in the units table (the demo loads Lạng Sơn's), so the importer stores their
history as it stores any code it does not know; Lạng Sơn's 2025 communes did not exist
before the reform and would be refused for 2020-2024.

The database is built by :func:`build` in a child process with Django set up: the Lạng
Sơn demo (units, agencies, logins, plan, figures), then the generated figures imported
year by year with :func:`chitieu.web.figures.services.import_plan` (one CSV per year, so
the process never holds every figure at once), then an agency reporting 35 measures for
200 communes, for the 7.000-row upload.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import bench_evaluate  # bench/ is the script's directory, first on sys.path
import polars as pl

PLAN = "langson-xvii"
PROVINCE = "20"
YEARS = range(2020, 2026)  # the baseline year and the term
# bench_evaluate's vintages (stage, month, day, years after the period), in the order they
# are used here: two (an estimate in December and the official figure in March) make 1,37 M
# rows at 3.257 units, the size the issue measured.
PLAN_V, ESTIMATE, PRELIMINARY, OFFICIAL, REVISED = bench_evaluate.VINTAGES
VINTAGES = (ESTIMATE, OFFICIAL, PRELIMINARY, REVISED, PLAN_V)
SOURCE = "bench_national (synthetic)"
UPLOAD_AGENCY = "bench-upload"
UPLOAD_REPORTER = "bench-reporter"
UPLOAD_UNITS = 200


def communes(count: int) -> list[str]:
    """``count`` commune codes in force from 1 July 2025, outside the plan's province."""
    from vietnam_provinces import Ward

    codes = sorted(
        f"{int(w.code):05d}" for w in Ward.iter_all() if int(w.province_code) != int(PROVINCE)
    )
    if count > len(codes):
        raise SystemExit(f"--units: at most {len(codes) + 1} (the 2025 communes + the area)")
    return codes[:count]


def vintages_for(units: int, metrics: int, figures: int) -> int:
    """How many vintages per (unit, metric, year) give at least ``figures`` rows."""
    per_vintage = max(1, units * metrics * len(YEARS))
    return min(len(VINTAGES), max(1, math.ceil(figures / per_vintage)))


def year_frame(metrics: pl.DataFrame, codes: list[str], year: int, n_vintages: int) -> pl.DataFrame:
    """The figures of one year: every unit × metric × vintage, values scattered around each
    metric's bound with a hash of the row (the same on every run)."""
    y = year - YEARS[0]
    keys = (
        pl.DataFrame({"unit_code": codes})
        .join(metrics.select("metric", "kind", "input", "lo", "hi"), how="cross")
        .join(pl.DataFrame({"v": list(range(n_vintages))}, schema={"v": pl.Int32}), how="cross")
        .with_row_index("i")
    )
    stages = [VINTAGES[v][0] for v in range(n_vintages)]
    days = [date(year + VINTAGES[v][3], VINTAGES[v][1], VINTAGES[v][2]) for v in range(n_vintages)]
    noise = (pl.col("i").cast(pl.Int64).hash(20250101 + y) % 1_000_000).cast(pl.Float64) / 1e6
    bound = pl.coalesce("lo", "hi", pl.lit(1.0))
    value = (
        pl.when((pl.col("kind") == "reduction_per_year") & (pl.col("input") == "level"))
        .then(1000 * (0.95 + 0.02 * (noise - 0.5)) ** y)
        .otherwise(bound * (0.8 + 0.4 * noise))
    ).round(1)
    return keys.select(
        "metric",
        period=pl.lit(str(year)),
        value=value,
        stage=pl.col("v").replace_strict(list(range(n_vintages)), stages, return_dtype=pl.String),
        as_of=pl.col("v").replace_strict(list(range(n_vintages)), days, return_dtype=pl.Date),
        unit_code="unit_code",
        source=pl.lit(SOURCE),
    )


def generate(plan: Any, units: int, figures: int) -> Iterator[tuple[int, pl.DataFrame]]:
    """The figures for ``units`` units (the area plus ``units - 1`` communes), year by year."""
    from chitieu.evaluation.bulk import metrics_table

    metrics = metrics_table(plan).filter(pl.col("kind") != "other")
    codes = communes(units - 1)
    n_vintages = vintages_for(len(codes), metrics.height, figures)
    for year in YEARS:
        yield year, year_frame(metrics, codes, year, n_vintages)


# -- the database (a child process with Django set up) -------------------------------------


def _import_figures(plan_row: Any, user: Any, units: int, figures: int, tmp: Path) -> int:
    from chitieu.figures.reading import read_figures
    from chitieu.web.demo import demo_core_plan
    from chitieu.web.figures.services import import_plan

    core = demo_core_plan()
    rows = 0
    for year, frame in generate(core, units, figures):
        path = tmp / f"figures-{year}.csv"
        frame.write_csv(path)
        rows += frame.height
        del frame
        import_plan(user, core, read_figures(path, core), plan_row)
        path.unlink()
        print(f"  imported {year}: {rows:,} rows so far", file=sys.stderr, flush=True)
    return rows


def _upload_agency(plan_row: Any, units: int) -> None:
    """An agency reporting every measure of the plan for 200 communes, and its reporter."""
    from django.contrib.auth.models import User

    from chitieu.web.people.models import Agency, AgencyKind, Assignment, Profile, Role

    agency, _ = Agency.objects.get_or_create(
        code=UPLOAD_AGENCY,
        defaults={"name": "Cơ quan thử tải", "kind": AgencyKind.OFFICE, "area_code": PROVINCE},
    )
    user, made = User.objects.get_or_create(username=UPLOAD_REPORTER)
    if made:
        user.set_unusable_password()  # logged in by a session made in the database
        user.save()
    Profile.objects.update_or_create(user=user, defaults={"role": Role.REPORTER, "agency": agency})
    codes = communes(min(UPLOAD_UNITS, units - 1))
    measures = list(plan_row.measures.all())
    Assignment.objects.bulk_create(
        [Assignment(measure=m, agency=agency, unit_code=c) for c in codes for m in measures],
        ignore_conflicts=True,
    )


CASCADED = "tourist-arrivals"  # target 4: its provincial target split among the communes


def _shares(plan_row: Any, units: int) -> None:
    """Every commune's share of one measure, as the planning office sets them (cascade)."""
    from decimal import Decimal

    from chitieu.web.plans.models import MeasureShare

    measure = plan_row.measures.get(key=CASCADED)
    each = (Decimal(measure.low or 1) / max(1, units - 1)).quantize(Decimal("0.01"))
    MeasureShare.objects.bulk_create(
        [MeasureShare(measure=measure, unit_code=c, low=each) for c in communes(units - 1)],
        ignore_conflicts=True,
    )


def build(units: int, figures: int, tmp: Path) -> dict[str, Any]:
    """Migrate, load the demo, import the generated figures, add the upload agency."""
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from chitieu.web.demo import load_demo
    from chitieu.web.figures.models import FigureRecord

    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    plan_row = load_demo()
    rows = _import_figures(plan_row, User.objects.get(username="kehoach"), units, figures, tmp)
    _upload_agency(plan_row, units)
    _shares(plan_row, units)
    stored = FigureRecord.objects.filter(plan=plan_row).count()
    return {
        "units": units,
        "figures": figures,
        "generated": rows,
        "stored": stored,
        "seconds": time.perf_counter() - t0,
    }


def built(
    marker: Path, units: int, figures: int, *, new_database: bool = False
) -> dict[str, Any] | None:
    """What an earlier run built in this directory, if it was built with these sizes and
    its database is still there (scripts/with-postgres.sh throws its cluster away, and
    the marker would outlive it: then the marker goes)."""
    if new_database:
        marker.unlink(missing_ok=True)
    if not marker.exists():
        return None
    done: dict[str, Any] = json.loads(marker.read_text())
    return done if (done["units"], done["figures"]) == (units, figures) else None
