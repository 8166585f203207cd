"""Where a metric is heading before its end year: the three forecast classes, one method
per kind of target (docs/forecast.md). Exact decimals, no Django.

Beside each exact rule sits its Polars twin for the bulk evaluator (``*_expr``): the
same thresholds and the same goal, over float columns of one row per (unit, metric).
Each kind's vectorised forecast is its ``forecast_frame``
(:meth:`chitieu.evaluation.kinds.base.MeasureKind.forecast_frame`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import polars as pl

from chitieu.evaluation.formulas import (
    FormulaError,
    project_compound,
    project_linear,
    required_rate,
)
from chitieu.evaluation.results import Forecast, MetricResult
from chitieu.evaluation.statuses import ForecastClass, satisfies, target_text
from chitieu.targets.model import Direction, Metric, Trend
from chitieu.vnnumbers import format_vi

# Forecast thresholds on the progress ratio (see docs/forecast.md). Vietnamese judgement is
# strict, so "on track" needs the projection to reach the target (ratio 1, where the SDG
# method allows 0,95); SDG's 0,6 "moderate progress" line separates "at risk" from "off track".
ON_TRACK_RATIO = Decimal(1)
AT_RISK_RATIO = Decimal("0.6")


def classify(ratio: Decimal) -> ForecastClass:
    if ratio >= ON_TRACK_RATIO:
        return ForecastClass.ON_TRACK
    return ForecastClass.AT_RISK if ratio >= AT_RISK_RATIO else ForecastClass.OFF_TRACK


# Forecast class codes in the bulk frames: the position in this tuple.
FORECAST_CODES = (ForecastClass.ON_TRACK, ForecastClass.AT_RISK, ForecastClass.OFF_TRACK)
ON_TRACK, AT_RISK, OFF_TRACK = range(len(FORECAST_CODES))


def classify_expr(ratio: pl.Expr) -> pl.Expr:
    """:func:`classify` on a float column (already cleaned of float noise): a class code."""
    return (
        pl.when(ratio >= float(ON_TRACK_RATIO))
        .then(pl.lit(ON_TRACK, dtype=pl.Int8))
        .when(ratio >= float(AT_RISK_RATIO))
        .then(pl.lit(AT_RISK, dtype=pl.Int8))
        .otherwise(pl.lit(OFF_TRACK, dtype=pl.Int8))
    )


def target_side_expr(value: pl.Expr) -> pl.Expr:
    """:func:`target_side` over the bulk frame's metric columns (``bound``; ``band_lo`` and
    ``band_hi`` only for a "within" band with both ends)."""
    band = pl.when(value < pl.col("band_lo")).then(pl.col("band_lo")).otherwise(pl.col("band_hi"))
    return pl.when(pl.col("band_lo").is_not_null()).then(band).otherwise(pl.col("bound"))


def goal_bounds(metric: Metric) -> dict[str, Decimal | None]:
    """The bounds :func:`target_side_expr` reads for ``metric`` (``bound``, and
    ``band_lo``, ``band_hi`` for a "within" band with both ends): :func:`target_side`'s."""
    m = metric
    band = m.direction is Direction.WITHIN and m.low is not None and m.high is not None
    return {
        "bound": None if m.is_manual else m.bound,
        "band_lo": m.low if band else None,
        "band_hi": m.high if band else None,
    }


def target_side(metric: Metric, value: Decimal) -> Decimal:
    """The bound a value must move towards: for "within" targets, the nearer end."""
    m = metric
    if m.direction is Direction.WITHIN and m.low is not None and m.high is not None:
        return m.low if value < m.low else m.high
    return m.bound


def trend_forecast(m: Metric, points: list[tuple[int, Decimal]]) -> Forecast | None:
    """A level's trend through ``points`` (baseline first, when older), to the end year."""
    last_year, latest = points[-1]
    remaining = m.end_year - last_year
    if len(points) < 2:
        if satisfies(latest, m):
            return Forecast(
                ForecastClass.ON_TRACK, "already_met", latest, None, "", None, remaining
            )
        return None
    method = "trend_linear"
    try:
        if m.trend is Trend.COMPOUND:
            projected = project_compound(points, m.end_year)
            method = "trend_compound"
        else:
            projected = project_linear(points, m.end_year)
    except FormulaError:
        projected = project_linear(points, m.end_year)
    goal = target_side(m, projected)
    required = (goal - latest) / remaining if remaining else None
    v0 = points[0][1]
    ratio = None if goal == v0 else (projected - v0) / (goal - v0)
    if satisfies(projected, m):
        cls = ForecastClass.ON_TRACK
        if m.direction is Direction.WITHIN:  # inside the band: no end to aim at
            ratio = required = None
    else:
        cls = classify(ratio) if ratio is not None else ForecastClass.OFF_TRACK
        if cls is ForecastClass.ON_TRACK:  # ratio ≥ 1 yet the band was overshot ("within")
            cls = ForecastClass.AT_RISK
    return Forecast(cls, method, projected, required, "per_year", ratio, remaining)


def growth_forecast(m: Metric, pace: Decimal, factor: Decimal, done: int, total: int) -> Forecast:
    """An average growth: the pace so far against the rate the remaining years need."""
    goal = target_side(m, pace)
    required = required_rate(goal, total, factor, done)
    remaining = total - done
    if satisfies(pace, m):
        return Forecast(
            ForecastClass.ON_TRACK,
            "compound_required_rate",
            pace,
            required,
            "rate",
            pace / required if required > 0 else None,
            remaining,
        )
    if goal > pace:  # must speed up
        ratio = Decimal(1) if required <= 0 else (pace / required if pace > 0 else Decimal(0))
    else:  # must slow down (a "within" band overshot, or a ceiling)
        ratio = required / pace if required > 0 and pace > 0 else Decimal(0)
    return Forecast(
        classify(ratio), "compound_required_rate", pace, required, "rate", ratio, remaining
    )


def cumulative_forecast(m: Metric, computed: Decimal, done: int, total: int) -> Forecast:
    """A total over the term: the mean yearly amount against the amount still needed."""
    pace = computed / done
    remaining = total - done
    projected = computed + pace * remaining
    goal = target_side(m, projected)
    required = (goal - computed) / remaining
    if satisfies(projected, m):
        cls = ForecastClass.ON_TRACK
        ratio = pace / required if required > 0 else None
    elif goal > projected:
        ratio = pace / required if required > 0 else Decimal(1)
        cls = classify(ratio)
    else:
        ratio = required / pace if required > 0 and pace > 0 else Decimal(0)
        cls = classify(ratio)
    return Forecast(cls, "cumulative_pace", projected, required, "per_year", ratio, remaining)


@dataclass(frozen=True)
class Requirement:
    """What each remaining year needs, as every page and document writes it."""

    text: str  # "8,35%" (a rate), "+2,17 điểm %" (a change of a percentage), "35,4 tỷ đồng"
    every_year: bool  # the target itself, each year: ``text`` is the target ("≥ 90%")
    remaining: int  # the years that remain


def requirement(result: MetricResult, lang: str = "vi", numbers: str = "") -> Requirement | None:
    """The one rule for writing what the remaining years need (``numbers``: "vi" or "en",
    the language's own by default; pages write numbers the Vietnamese way in English too).

    A growth rate in % per year; a change of a level per year signed ("+2,17"), a change of
    a percentage in percentage points ("+2,17 điểm %/năm", not "+2,17%/năm", which would
    be a growth rate); an amount in the metric's unit.
    """
    f = result.forecast
    metric = result.metric
    if f is None or f.required is None or f.method == "already_met":
        return None
    loc = numbers or ("vi" if lang == "vi" else "en")
    if f.method == "yearly_record":
        return Requirement(target_text(metric, lang), True, f.remaining_years)
    if f.required_kind == "rate":
        return Requirement(format_vi(f.required, 2, locale=loc) + "%", False, f.remaining_years)
    value = format_vi(f.required, max(metric.decimals, 1), locale=loc, trim=True)
    if f.method.startswith("trend"):  # a change per year, not a level: signed
        value = ("+" + value) if f.required > 0 else value.replace("-", "−")
    unit = metric.unit
    if unit.startswith("%"):
        unit = "điểm %" if lang == "vi" else "percentage points"
    return Requirement(f"{value} {unit}" if unit else value, False, f.remaining_years)
