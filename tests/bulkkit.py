"""The plan and random figures the bulk cross-checks share (statuses and forecasts):
every kind, comparator and direction, values scattered near each bound, revisions that
the stage must break, figures reported before their period ended."""

from __future__ import annotations

import dataclasses
import math
import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import polars as pl

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import Forecast
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodKind
from chitieu.targets.model import Area, GrowthInput, Kind, Metric, Plan
from chitieu.targets.planfile import plan_from_data


def metric(mid: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": mid, "name": mid, "unit": extra.pop("unit", "%"), "kind": kind, **extra}


PLAN_DATA: dict[str, Any] = {
    "id": "bulk-test",
    "title": "Kế hoạch thử",
    "area": {"code": "00", "name": "Thử"},
    "baseline_year": 2020,
    "start_year": 2021,
    "end_year": 2025,
    "targets": [
        {
            "no": 1,
            "text": "Mức cuối kỳ",
            "metrics": [
                # Within 0,2 of the bound is "nearly achieved".
                metric("cover", "level_at_end", comparator=">=", low="65",
                       tolerance={"absolute": "0.2"}),
                metric("poverty", "level_at_end", comparator="<", high="3"),
                metric("share", "share_structure", comparator="range", low="17", high="18",
                       direction="within"),
                metric("schools", "count_of_units", unit="trường", comparator=">=", low="300",
                       decimals=0),
                metric("exact", "level_at_end", comparator="=", low="50", direction="within",
                       tolerance={"relative": "0.01"}),
                metric("ceiling", "level_at_end", comparator="=", low="20",
                       direction="lower_is_better"),
                metric("early", "level_at_end", comparator=">", low="80", end_year=2023),
                metric("band-low", "level_at_end", comparator="range", low="4", high="5",
                       direction="lower_is_better"),
                metric("per-head", "level_at_end", unit="USD", comparator="range", low="29",
                       high="30", trend="compound"),
            ],
        },
        {
            "no": 2,
            "text": "Tăng trưởng và tổng",
            "metrics": [
                metric("grdp", "average_annual_growth", input="rate", comparator="range",
                       low="7", high="7.5"),
                # Whole percents: 7,5 rounds half-up to 8.
                metric("exports", "average_annual_growth", input="rate", comparator=">",
                       low="7", decimals=0),
                metric("income", "average_annual_growth", input="level", comparator=">=",
                       low="6", tolerance={"relative": "0.05"},
                       baseline={"year": 2020, "value": "1000"}),
                metric("invest", "cumulative_over_term", unit="nghìn tỷ", comparator="range",
                       low="166", high="168"),
                metric("budget", "cumulative_over_term", unit="tỷ", comparator=">=", low="50",
                       decimals=0),
            ],
        },
        {
            "no": 3,
            "text": "Hằng năm",
            "metrics": [
                metric("forest", "every_year", unit="ha", comparator=">=", low="90",
                       decimals=0),
                metric("members", "every_year", comparator=">=", low="9.5", decimals=1,
                       tolerance={"absolute": "0.3"}),
                metric("accidents", "reduction_per_year", input="level", comparator=">=",
                       low="5", baseline={"year": 2020, "value": "1000"}),
                metric("crime", "reduction_per_year", input="level", comparator=">=", low="3",
                       decimals=1),
                metric("fall-rate", "reduction_per_year", input="rate", comparator="<=",
                       high="4"),
            ],
        },
        {
            "no": 4,
            "text": "Đánh giá",
            "metrics": [
                {"id": "culture", "name": "culture", "unit": "", "kind": "other",
                 "manual": {"status": "achieved", "reason": "theo báo cáo"}},
            ],
        },
    ],
}  # fmt: skip

PLAN = plan_from_data(PLAN_DATA)
STAGES = [Stage.PLAN, Stage.ESTIMATE, Stage.PRELIMINARY, Stage.OFFICIAL]


def tenths(x: float) -> Decimal:
    return Decimal(round(x * 10)) / 10


def around(rng: random.Random, m: Metric, year: int) -> Decimal:
    """A value near the metric's bound, on a 0,1 grid, so that every status turns up."""
    if m.kind is Kind.REDUCTION_PER_YEAR and m.input is GrowthInput.LEVEL:
        # Levels falling about 5 % a year from 1.000, reductions near the bound.
        return tenths(1000 * 0.95 ** (year - 2020) * (1 + rng.uniform(-0.02, 0.02)))
    if m.kind is Kind.AVERAGE_ANNUAL_GROWTH and m.input is GrowthInput.LEVEL:
        return tenths(1000 * (1.06 + rng.uniform(-0.01, 0.01)) ** (year - 2020))
    if m.kind is Kind.CUMULATIVE_OVER_TERM:
        return tenths(float(m.bound) / 5 + rng.uniform(-1, 1))
    if rng.random() < 0.25:  # the bound itself, or a step away: the strict comparisons
        return m.bound + Decimal(rng.choice([-2, -1, 0, 0, 1])) / 10
    return m.bound + Decimal(rng.randint(-15, 15)) / 10


def random_figures(rng: random.Random, unit: str) -> list[Figure]:
    figures: list[Figure] = []
    dates = [date(2021, 3, 31) + timedelta(days=91 * k) for k in range(24)]
    for m in PLAN.metrics():
        if m.is_manual:
            continue
        periods = [Period(y, PeriodKind.YEAR) for y in range(2019, 2027) if rng.random() < 0.85]
        if m.kind in (Kind.AVERAGE_ANNUAL_GROWTH, Kind.CUMULATIVE_OVER_TERM) and rng.random() < 0.3:
            periods.append(Period(2021, PeriodKind.TERM, 0, 2025))
        if rng.random() < 0.2:
            periods.append(Period(2024, PeriodKind.HALF, 1))  # not used for statuses
        for period in periods:
            seen: set[tuple[Stage, date]] = set()
            # Revisions: often two stages on one date, so that the stage must break the tie.
            first = max(0, (period.year - 2021) * 4)
            for _ in range(rng.randint(1, 4)):
                stage = rng.choice(STAGES)
                as_of = dates[min(len(dates) - 1, first + rng.randint(0, 5))]
                if (stage, as_of) in seen:
                    continue
                seen.add((stage, as_of))
                value = around(rng, m, period.year)
                figures.append(Figure(m.id, period, value, stage, as_of, unit))
    return figures


def to_frame(figures: list[Figure]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "unit_code": [f.unit_code for f in figures],
            "metric": [f.metric for f in figures],
            "year": [f.period.year for f in figures],
            "period_kind": [f.period.kind.value for f in figures],
            "value": [float(f.value) for f in figures],
            "stage": [f.stage.value for f in figures],
            "as_of": [f.as_of for f in figures],
        },
        schema={
            "unit_code": pl.String,
            "metric": pl.String,
            "year": pl.Int64,
            "period_kind": pl.String,
            "value": pl.Float64,
            "stage": pl.String,
            "as_of": pl.Date,
        },
    )


def one_figure_frame(rows: list[tuple[str, int, float, str, date]]) -> pl.DataFrame:
    figures = [
        Figure(metric, Period(year, PeriodKind.YEAR), Decimal(str(v)), Stage(stage), d, "U1")
        for metric, year, v, stage, d in rows
    ]
    return to_frame(figures)


def engine_results(
    plan: Plan, by_unit: dict[str, list[Figure]], as_of: date | None
) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    out = {}
    for unit, figures in by_unit.items():
        # The engine evaluates the plan's own area: make each unit the area in turn.
        unit_plan = dataclasses.replace(plan, area=Area(code=unit, name=unit))
        result = evaluate_plan(unit_plan, figures, as_of)
        for t in result.targets:
            for r in t.metrics:
                out[(unit, r.metric.id)] = (r.status.value, r.value)
    return out


# A forecast as the cross-checks compare it: class, method, projection, required pace,
# progress ratio and remaining years.
ForecastRow = tuple[Any, ...]


def exact_forecast(f: Forecast | None) -> ForecastRow | None:
    if f is None:
        return None
    return (f.cls.value, f.method, f.projected, f.required, f.progress_ratio, f.remaining_years)


def bulk_forecast(row: dict[str, Any]) -> ForecastRow | None:
    """The forecast of a row of ``forecast_frame`` (None when it has none)."""
    if row["forecast"] is None:
        return None
    names = ("forecast", "method", "projected", "required", "progress_ratio", "remaining_years")
    return tuple(row[n] for n in names)


def same_forecast(want: ForecastRow | None, have: ForecastRow | None) -> bool:
    """Equal classes, methods and years; numbers equal to 9 significant digits (floats
    against 34-digit decimals)."""
    if want is None or have is None:
        return want is None and have is None
    for a, b in zip(want, have, strict=True):
        if isinstance(a, Decimal) and b is not None:
            if not math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-9):
                return False
        elif a != b:
            return False
    return True


def assert_every_forecast(methods: Counter[str], classes: Counter[str]) -> None:
    """A forecast cross-check is worth something only if every method the vectorised
    forecasts make and every class came up, the classes many times."""
    assert set(methods) == {
        "already_met", "trend_linear", "trend_compound", "compound_required_rate",
        "cumulative_pace", "yearly_record", "early_figure",
    }, methods  # fmt: skip
    assert min(classes.values()) > 50 and len(classes) == 3, classes
