"""The national benchmark's kernel side: the bulk evaluation of the stored figures, and
forecasts per series three ways — vectorised (``chitieu.evaluation.bulk.forecast_frame``,
when the tree has it), the exact engine (``chitieu.evaluation.forecasts.trend_forecast``
on each unit's level series) and sdg-build's ``ProgressMeasure`` method 2.

sdg-build is not on PyPI. Its method 2 (open-sdg/sdg-build, ``sdg/ProgressMeasure.py``) is
reimplemented below from its published formula and run the way that module runs it: one
pandas frame of (Year, Value) per series, the rows of the current and base years looked up
by comparison, CAGR observed = (current / base)^(1 / (t − t0)) − 1 over CAGR required =
(target / base)^(1 / (T − t0)) − 1, classed at 0,95 / 0,6 / 0 (or "target achieved" first).
``--sdg-build PATH`` runs the real module from a checkout instead and says so.
"""

from __future__ import annotations

import importlib.util
import math
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import polars as pl

FORECAST_AS_OF = date(2024, 6, 30)  # mid-term: 2020-2023 known, two years to go
STAGE_RANK = {"estimate": 1, "preliminary": 2, "official": 3}


def export_figures(plan_slug: str) -> pl.DataFrame:
    """The plan's approved figures from the database, as the bulk evaluator reads them
    (read in chunks of plain tuples; outside every timing)."""
    from chitieu.web.people.access import figures_for_all
    from chitieu.web.plans.models import Plan

    plan = Plan.objects.get(slug=plan_slug)
    rows = figures_for_all(plan).values_list(
        "unit_code", "measure__key", "period", "value", "stage", "as_of"
    )
    names = ["unit_code", "metric", "period", "value", "stage", "as_of"]
    frames, chunk = [], []
    for row in rows.iterator(chunk_size=20_000):
        chunk.append(row)
        if len(chunk) == 200_000:
            frames.append(pl.DataFrame(chunk, schema=names, orient="row", infer_schema_length=None))
            chunk = []
    if chunk:
        frames.append(pl.DataFrame(chunk, schema=names, orient="row", infer_schema_length=None))
    period = pl.col("period")
    return pl.concat(frames).select(
        "unit_code",
        "metric",
        year=period.str.slice(0, 4).cast(pl.Int32),
        period_kind=pl.when(period.str.len_chars() == 4)
        .then(pl.lit("year"))
        .otherwise(pl.lit("other")),
        value=pl.col("value").cast(pl.Float64),
        stage="stage",
        as_of="as_of",
    )


def timed(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Best CPU and best wall seconds of ``repeat`` runs, and the last result."""
    cpus, walls, out = [], [], None
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        out = run()
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
    return min(cpus), min(walls), out


def level_series(
    plan: Any, frame: pl.DataFrame, as_of: date, limit: int
) -> list[tuple[Any, list[tuple[int, float]]]]:
    """Up to ``limit`` (metric, points) series: each unit's current value per year of a
    level metric, as known on ``as_of``, from the baseline year on."""
    metrics = {m.id: m for m in plan.metrics() if m.kind.value == "level_at_end"}
    current = (
        frame.filter(
            pl.col("metric").is_in(list(metrics)),
            pl.col("period_kind") == "year",
            pl.col("as_of") <= as_of,
            pl.col("stage").is_in(list(STAGE_RANK)),
            pl.col("year") >= plan.baseline_year,
        )
        .with_columns(rank=pl.col("stage").replace_strict(STAGE_RANK, return_dtype=pl.Int32))
        .sort("as_of", "rank")
        .group_by("unit_code", "metric", "year")
        .agg(pl.col("value").last())
        .sort("unit_code", "metric", "year")
        .group_by("unit_code", "metric", maintain_order=True)
        .agg("year", "value")
        .head(limit)
    )
    return [
        (metrics[m], list(zip(years, values, strict=True)))
        for m, years, values in current.select("metric", "year", "value").iter_rows()
    ]


def exact_per_series(series: list[tuple[Any, list[tuple[int, float]]]]) -> float:
    """CPU seconds per series of the engine's exact forecast (Decimal inputs made before)."""
    from chitieu.evaluation.forecasts import trend_forecast

    inputs = [(m, [(y, Decimal(str(v))) for y, v in pts]) for m, pts in series]
    c0 = time.process_time()
    for m, pts in inputs:
        trend_forecast(m, pts)
    return (time.process_time() - c0) / max(1, len(inputs))


# -- sdg-build's method 2 ----------------------------------------------------------------


def _cagr(later: Any, earlier: Any, t1: float, t0: float) -> Any:
    # numpy scalars, as pandas hands them: a zero growth required divides to ±inf, not an error
    return (later / earlier) ** (1 / (t1 - t0)) - 1


def sdg_method2(data: Any, options: dict[str, Any]) -> str | None:
    """sdg-build's progress measure with a target (method 2), per series, in pandas."""
    if (data["Year"].astype(str).str.len() > 4).any():  # a range of years: its first
        data = data.assign(Year=data["Year"].astype(str).str.slice(0, 4).astype(int))
    data = data[data["Value"].notna()]
    if data.shape[0] < 1:
        return None
    years = data["Year"]
    current, base = float(years.max()), float(options["base_year"])
    if base not in years.values:
        if base > current:
            return None
        base = float(years[years > base].min())
    if current - base < 1:
        return None
    value_now = data.Value[data.Year == current].values[0]
    value_base = data.Value[data.Year == base].values[0]
    target = float(options["target"]) or 0.001
    rising = options["direction"] == "positive"
    if (rising and value_now >= target) or (not rising and value_now <= target):
        return "target_achieved"
    ratio = _cagr(value_now, value_base, current, base) / _cagr(
        target, value_base, float(options["target_year"]), base
    )
    if math.isnan(ratio):
        return None
    if ratio >= 0.95:
        return "on_track"
    if ratio >= 0.6:
        return "progress_needs_acceleration"
    return "limited_progress" if ratio >= 0 else "deterioration"


def _options(metric: Any) -> dict[str, Any] | None:
    direction = metric.direction.value
    if direction == "higher_is_better" and metric.low is not None:
        return {"direction": "positive", "target": float(metric.low)}
    if direction == "lower_is_better" and metric.high is not None:
        return {"direction": "negative", "target": float(metric.high)}
    return None  # a band: method 2 has no target to aim at


def sdg_per_series(
    plan: Any, series: list[tuple[Any, list[tuple[int, float]]]], checkout: str | None
) -> tuple[float, str, int]:
    """CPU seconds per series of sdg-build's method 2, which implementation ran, and how
    many series its labels differed from the reimplementation's (real module only)."""
    import warnings

    import pandas as pd

    warnings.filterwarnings("ignore", category=RuntimeWarning)  # x/0 in both, by design
    cases = []
    for m, pts in series:
        options = _options(m)
        if options is None:
            continue
        options |= {"base_year": plan.baseline_year, "target_year": m.end_year}
        frame = pd.DataFrame({"Year": [y for y, _ in pts], "Value": [v for _, v in pts]})
        cases.append((frame, options))
    if checkout:
        path = Path(checkout) / "sdg" / "ProgressMeasure.py"
        spec = importlib.util.spec_from_file_location("sdg_progress_measure", path)
        assert spec is not None and spec.loader is not None
        real = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(real)
        indicators = [
            SimpleNamespace(
                data=frame,
                meta={"auto_progress_calculation": True, "progress_calculation_options": [opts]},
            )
            for frame, opts in cases
        ]
        c0 = time.process_time()
        labels = [real.measure_indicator_progress(ind) for ind in indicators]
        per = (time.process_time() - c0) / max(1, len(cases))
        ours = [sdg_method2(frame, opts) for frame, opts in cases]
        differ = sum(a != b for a, b in zip(labels, ours, strict=True))
        return per, f"sdg-build's own ProgressMeasure.py from {checkout}", differ
    c0 = time.process_time()
    for frame, opts in cases:
        sdg_method2(frame, opts)
    per = (time.process_time() - c0) / max(1, len(cases))
    return (
        per,
        "sdg-build method 2 reimplemented from its published formula (pandas, per series)",
        0,
    )


def vectorised(
    plan: Any, frame: pl.DataFrame, as_of: date, repeat: int
) -> tuple[float, float, int] | None:
    """CPU and wall seconds of ``forecast_frame`` over every series, and the series count;
    None when this tree has no vectorised forecasts yet."""
    from chitieu.evaluation import bulk

    forecast_frame = getattr(bulk, "forecast_frame", None)
    if forecast_frame is None:
        return None
    cpu, wall, out = timed(lambda: forecast_frame(plan, frame, as_of), repeat)
    return cpu, wall, int(out.height)


def measure(args: Any) -> dict[str, Any]:
    """Every kernel measurement on the plan's stored figures, as a JSON-ready dict."""
    from chitieu.web.demo import demo_core_plan

    plan = demo_core_plan()
    frame = export_figures(plan.id)
    out: dict[str, Any] = {"rows": frame.height, "units": frame["unit_code"].n_unique()}
    from chitieu.evaluation.bulk import evaluate_frame

    out["bulk_cpu"], out["bulk_wall"], result = timed(lambda: evaluate_frame(plan, frame), 3)
    out["bulk_pairs"] = result.height
    fast = vectorised(plan, frame, FORECAST_AS_OF, 3)
    if fast is not None:
        out["vector_cpu"], out["vector_wall"], out["vector_series"] = fast
    series = level_series(plan, frame, FORECAST_AS_OF, args.series)
    out["series"] = len(series)
    out["exact_per_series"] = exact_per_series(series)
    out["sdg_per_series"], out["sdg_baseline"], out["sdg_differ"] = sdg_per_series(
        plan, series[: max(1, args.series // 5)], args.sdg_build
    )
    return out
