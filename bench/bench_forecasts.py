"""Benchmark: vectorised forecasts per series against the exact engine.

    .venv/bin/python bench/bench_forecasts.py [--figures 1000000] [--units 200] [--repeat 3]

The figures of ``bench_evaluate.py`` (the bundled plan ``langson-xvii``, five vintages a
year), read as known on 15/10/2023, in the middle of the term, when every measure has a
forecast. (a) :func:`chitieu.evaluation.bulk.forecast_frame` forecasts every (unit,
metric) series at once; (b) the exact engine (:func:`chitieu.evaluation.engine.evaluate_plan`,
decimals, with explanations) evaluates ``--units`` of the units one by one. Both compute
the statuses too. CPU time (``time.process_time``) per series, best of ``--repeat``, in
the same process; the forecast classes of the units both evaluated must agree. The goal
is ≥ 100× faster per series than sdg-build's ``ProgressMeasure`` (method 2), whose time per
series ``bench_national.py`` measures; the figure of issue 13 is used here.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_evaluate import generate, load

from chitieu.evaluation.bulk import forecast_frame
from chitieu.evaluation.engine import evaluate_plan
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodKind
from chitieu.targets.model import Area, Plan

AS_OF = date(2023, 10, 15)
SDG_BUILD_US = 2018.0  # µs of CPU per series, sdg-build ProgressMeasure method 2 (issue 13)
GOAL = 100.0


def best_cpu(repeat: int, run: Callable[[], object]) -> float:
    """The least CPU time (user + system, every thread) of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        run()
        times.append(time.process_time() - t0)
    return min(times)


def figures_of(plan: Plan, frame: pl.DataFrame) -> dict[str, list[Figure]]:
    """The engine's figures, unit by unit."""
    out: dict[str, list[Figure]] = {}
    for r in frame.iter_rows(named=True):
        if r["period_kind"] == "term":
            period = Period(plan.start_year, PeriodKind.TERM, 0, plan.end_year)
        else:
            period = Period(r["year"], PeriodKind.YEAR)
        f = Figure(
            r["metric"], period, Decimal(str(r["value"])), Stage(r["stage"]), r["as_of"],
            r["unit_code"],
        )  # fmt: skip
        out.setdefault(r["unit_code"], []).append(f)
    return out


def engine_classes(plan: Plan, by_unit: dict[str, list[Figure]]) -> dict[tuple[str, str], str]:
    out = {}
    for unit, figures in by_unit.items():
        # The engine evaluates the plan's own area: make each unit the area in turn.
        result = evaluate_plan(dataclasses.replace(plan, area=Area(unit, unit)), figures, AS_OF)
        for t in result.targets:
            for m in t.metrics:
                out[(unit, m.metric.id)] = m.forecast.cls.value if m.forecast else ""
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--figures", type=int, default=1_000_000, help="about this many rows")
    parser.add_argument("--units", type=int, default=200, help="units the engine evaluates")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    plan = load()
    frame, units = generate(plan, args.figures)
    codes = sorted(frame["unit_code"].unique())[: args.units]
    by_unit = figures_of(plan, frame.filter(pl.col("unit_code").is_in(codes)))

    result = forecast_frame(plan, frame, AS_OF)
    series = result.height
    bulk_cpu = best_cpu(args.repeat, lambda: forecast_frame(plan, frame, AS_OF))
    engine_series = len(codes) * len(plan.metrics())
    engine_cpu = best_cpu(args.repeat, lambda: engine_classes(plan, by_unit))

    exact = engine_classes(plan, by_unit)
    ours = {
        (r["unit_code"], r["metric"]): r["forecast"] or ""
        for r in result.filter(pl.col("unit_code").is_in(codes)).iter_rows(named=True)
    }
    differ = sum(1 for k, v in exact.items() if ours.get(k, "") != v)
    values = pl.Series(list(exact.values())).value_counts().sort("")
    counts = ", ".join(f"{c or 'none'} {n:,}" for c, n in values.iter_rows())
    print(f"figures: {frame.height:,} rows, {units:,} units; as known on {AS_OF:%d/%m/%Y}")
    print(
        f"cross-check: {len(exact):,} series of {len(codes)} units, "
        f"{differ} forecast classes differ ({counts})"
    )
    bulk_us = bulk_cpu / series * 1e6
    engine_us = engine_cpu / engine_series * 1e6
    print(
        f"vectorised forecast_frame : {bulk_us:7.2f} µs CPU per series "
        f"({series:,} series, {bulk_cpu:.2f} s)"
    )
    print(
        f"exact engine evaluate_plan: {engine_us:7.2f} µs CPU per series "
        f"({engine_series:,} series, {engine_cpu:.2f} s)"
    )
    print(f"ratio engine/vectorised: {engine_us / bulk_us:,.0f}×")
    ratio = SDG_BUILD_US / bulk_us
    verdict = "met" if ratio >= GOAL else "NOT met"
    print(
        f"against sdg-build ProgressMeasure ({SDG_BUILD_US:,.0f} µs per series, issue 13): "
        f"{ratio:,.0f}× faster (goal ≥ {GOAL:g}×: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
