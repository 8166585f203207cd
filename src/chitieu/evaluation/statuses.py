"""Statuses (đạt, vượt …), forecast classes, and whether a value meets its target.

Whether a value meets its target is one rule, :func:`judge`, with its two twins beside
it: :func:`judge_expr` is the same rule over a float column for the bulk evaluator, and
:func:`status_code_formula` the same rule as an Excel formula for the review workbook.
Both twins give a status code (:data:`STATUS_CODES`: best first, so the worst of several
years is a maximum). ``tests/test_kinds_three_ways.py`` requires the three to agree on
every kind, comparator and direction.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

import polars as pl

from chitieu.rounding import clean_expr, clean_formula
from chitieu.targets.model import Comparator, Direction, Metric, Tolerance


class Status(StrEnum):
    EXCEEDED = "exceeded"
    ACHIEVED = "achieved"
    NEARLY_ACHIEVED = "nearly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NO_DATA = "no_data"
    MANUAL = "manual"

    def label(self, lang: str = "vi", final: bool = True) -> str:
        """The status as reports write it; a shortfall before the end is "chưa đạt" (not yet)."""
        if self is Status.NOT_ACHIEVED and not final:
            return "chưa đạt" if lang == "vi" else "not yet achieved"
        return _STATUS_LABELS[self][0 if lang == "vi" else 1]

    @property
    def is_met(self) -> bool:
        """Achieved or exceeded: what the headline "đạt và vượt X/Y" counts."""
        return self in (Status.EXCEEDED, Status.ACHIEVED)


# Short of the target: the measures a review lists as not met, the units a page says lag.
SHORT = (Status.NOT_ACHIEVED, Status.NEARLY_ACHIEVED)

_STATUS_LABELS = {
    Status.EXCEEDED: ("vượt", "exceeded"),
    Status.ACHIEVED: ("đạt", "achieved"),
    Status.NEARLY_ACHIEVED: ("xấp xỉ đạt", "nearly achieved"),
    Status.NOT_ACHIEVED: ("không đạt", "not achieved"),
    Status.NO_DATA: ("chưa có số liệu", "no data"),
    Status.MANUAL: ("đánh giá thủ công", "assessed by a person"),
}


class ForecastClass(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"

    def label(self, lang: str = "vi") -> str:
        return _FORECAST_LABELS[self][0 if lang == "vi" else 1]


_FORECAST_LABELS = {
    ForecastClass.ON_TRACK: ("có khả năng đạt", "on track"),
    ForecastClass.AT_RISK: ("cần nỗ lực lớn", "at risk"),
    ForecastClass.OFF_TRACK: ("khó đạt", "off track"),
}


def target_text(metric: Metric, lang: str = "vi") -> str:
    """The target as people write it: "7–7,5%", "≥ 9.000 ha", "< 3%"."""
    from chitieu.vnnumbers import format_vi

    loc = "vi" if lang == "vi" else "en"
    unit = metric.unit
    sep = "" if unit.startswith("%") else " "
    if metric.kind.value == "other":
        return "—"
    low = format_vi(metric.low, locale=loc) if metric.low is not None else ""
    high = format_vi(metric.high, locale=loc) if metric.high is not None else ""
    comp = metric.comparator
    if comp is Comparator.RANGE:
        return f"{low}–{high}{sep}{unit}"
    if comp is Comparator.EQ:
        prefix = {Direction.HIGHER_IS_BETTER: "≥ ", Direction.LOWER_IS_BETTER: "≤ "}.get(
            metric.direction, ""
        )
        return f"{prefix}{low}{sep}{unit}"
    symbol = {Comparator.GE: "≥", Comparator.GT: ">", Comparator.LE: "≤", Comparator.LT: "<"}[comp]
    return f"{symbol} {low or high}{sep}{unit}"


# -- the rule ----------------------------------------------------------------------------


def resolve(metric: Metric) -> tuple[str, Decimal | None, Decimal | None]:
    """The comparison a metric needs (ge, gt, le, lt, eq, range_<direction>) and its bounds.

    "= X" means "at least X" when higher is better and "at most X" when lower is better.
    """
    comp, direction, low, high = metric.comparator, metric.direction, metric.low, metric.high
    if comp is Comparator.EQ:
        if direction is Direction.HIGHER_IS_BETTER:
            return "ge", low, None
        if direction is Direction.LOWER_IS_BETTER:
            return "le", None, low
        return "eq", low, None
    if comp is Comparator.RANGE:
        return f"range_{direction.value}", low, high
    return {">=": "ge", ">": "gt", "<=": "le", "<": "lt"}[comp.value], low, high


def judge(value: Decimal, metric: Metric, tolerance: Tolerance | None = None) -> Status:
    """Compare a value with a metric's target, strictly, as Vietnamese reviews do.

    64,5 against "đạt 65%" is not achieved; 4,39 against "dưới 4%" is not. A value beyond
    the best end of the target (above a range, above a "≥" point) is exceeded. A value
    short of the target is nearly achieved only within a tolerance the plan sets.
    """
    mode, low, high = resolve(metric)

    def short(distance: Decimal, bound: Decimal) -> Status:
        if tolerance is not None and tolerance.allows(distance, bound):
            return Status.NEARLY_ACHIEVED
        return Status.NOT_ACHIEVED

    if mode in ("ge", "gt"):
        assert low is not None
        if value > low:
            return Status.EXCEEDED if mode == "ge" else Status.ACHIEVED
        return Status.ACHIEVED if value == low and mode == "ge" else short(low - value, low)
    if mode in ("le", "lt"):
        assert high is not None
        if value < high:
            return Status.EXCEEDED if mode == "le" else Status.ACHIEVED
        return Status.ACHIEVED if value == high and mode == "le" else short(value - high, high)
    assert low is not None
    if mode == "eq":
        return Status.ACHIEVED if value == low else short(abs(value - low), low)
    assert high is not None
    if low <= value <= high:
        return Status.ACHIEVED
    if mode == "range_higher_is_better":
        return Status.EXCEEDED if value > high else short(low - value, low)
    if mode == "range_lower_is_better":
        return Status.EXCEEDED if value < low else short(value - high, high)
    return short(low - value, low) if value < low else short(value - high, high)


def satisfies(value: Decimal, metric: Metric) -> bool:
    """Whether a value meets the target (achieved or exceeded)."""
    return judge(value, metric).is_met


# -- the Polars twin ---------------------------------------------------------------------

# Status codes ordered from best to worst, so that the worst year of a metric judged every
# year is a max(); they become the Status strings at the very end.
STATUS_CODES = (
    Status.EXCEEDED,
    Status.ACHIEVED,
    Status.NEARLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NO_DATA,
    Status.MANUAL,
)
EXCEEDED, ACHIEVED, NEARLY, NOT_ACHIEVED, NO_DATA, MANUAL = range(len(STATUS_CODES))

BOUND_SCHEMA = {
    "mode": pl.String,
    "lo": pl.Float64,
    "hi": pl.Float64,
    "tol_abs": pl.Float64,
    "tol_rel": pl.Float64,
}


def _float(value: Decimal | None) -> float | None:
    # A zero tolerance allows nothing (Tolerance.allows): no column value, as for none.
    return float(value) if value else None


def bound_columns(metric: Metric, tolerance: Tolerance | None) -> dict[str, Any]:
    """The columns :func:`judge_expr` reads, for one metric (see :data:`BOUND_SCHEMA`)."""
    mode, low, high = ("manual", None, None) if metric.is_manual else resolve(metric)
    return {
        "mode": mode,
        "lo": float(low) if low is not None else None,
        "hi": float(high) if high is not None else None,
        "tol_abs": _float(tolerance.absolute) if tolerance else None,
        "tol_rel": _float(tolerance.relative) if tolerance else None,
    }


def judge_expr(value: pl.Expr, tolerant: bool = True) -> pl.Expr:
    """The status code of ``value`` against the row's metric: :func:`judge`, vectorised.

    Without any tolerance in the plan a shortfall is simply not achieved, and the distance
    to the bound need not be computed.
    """
    v, lo, hi, mode = value, pl.col("lo"), pl.col("hi"), pl.col("mode")

    def short(distance: pl.Expr, bound: pl.Expr) -> pl.Expr:
        if not tolerant:
            return pl.lit(NOT_ACHIEVED)
        d = clean_expr(distance)
        by_abs = (d <= pl.col("tol_abs")).fill_null(False)
        by_rel = (d <= clean_expr(bound.abs() * pl.col("tol_rel"))).fill_null(False)
        return pl.when(by_abs | by_rel).then(pl.lit(NEARLY)).otherwise(pl.lit(NOT_ACHIEVED))

    below, above = short(lo - v, lo), short(v - hi, hi)
    inside = (v >= lo) & (v <= hi)
    return (
        pl.when(mode == "ge")
        .then(pl.when(v > lo).then(EXCEEDED).when(v == lo).then(ACHIEVED).otherwise(below))
        .when(mode == "gt")
        .then(pl.when(v > lo).then(ACHIEVED).otherwise(below))
        .when(mode == "le")
        .then(pl.when(v < hi).then(EXCEEDED).when(v == hi).then(ACHIEVED).otherwise(above))
        .when(mode == "lt")
        .then(pl.when(v < hi).then(ACHIEVED).otherwise(above))
        .when(mode == "eq")
        .then(pl.when(v == lo).then(ACHIEVED).otherwise(short((v - lo).abs(), lo)))
        .when(inside)
        .then(ACHIEVED)
        .when(mode == "range_higher_is_better")
        .then(pl.when(v > hi).then(EXCEEDED).otherwise(below))
        .when(mode == "range_lower_is_better")
        .then(pl.when(v < lo).then(EXCEEDED).otherwise(above))
        .otherwise(pl.when(v < lo).then(below).otherwise(above))  # range_within
        .cast(pl.Int8)
    )


# -- the Excel twin ----------------------------------------------------------------------


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def status_code_formula(metric: Metric, tolerance: Tolerance | None, x: str) -> str:
    """:func:`judge` as an Excel formula over the cell ``x``: the status code (0 exceeded,
    1 achieved, 2 nearly achieved, 3 not achieved).

    The value and its distance to the bound are rounded to 10 decimals first, as the
    Polars twin snaps float noise (a sum of figures 166,1 + … is not 166,09999…).
    """
    mode, low, high = resolve(metric)
    v = clean_formula(x)
    lo = _number(low) if low is not None else ""
    hi = _number(high) if high is not None else ""

    def short(distance: str, bound: Decimal | None) -> str:
        d, tests = clean_formula(distance), []
        if tolerance is not None and tolerance.absolute:
            tests.append(f"{d}<={_number(tolerance.absolute)}")
        if tolerance is not None and tolerance.relative and bound is not None:
            tests.append(f"{d}<={_number(abs(bound) * tolerance.relative)}")
        if not tests:
            return str(NOT_ACHIEVED)
        return f"IF(OR({','.join(tests)}),{NEARLY},{NOT_ACHIEVED})"

    below, above = short(f"{lo}-{v}", low), short(f"{v}-{hi}", high)
    branches = {
        "ge": f"IF({v}>{lo},{EXCEEDED},IF({v}={lo},{ACHIEVED},{below}))",
        "gt": f"IF({v}>{lo},{ACHIEVED},{below})",
        "le": f"IF({v}<{hi},{EXCEEDED},IF({v}={hi},{ACHIEVED},{above}))",
        "lt": f"IF({v}<{hi},{ACHIEVED},{above})",
        "eq": f"IF({v}={lo},{ACHIEVED},{short(f'ABS({v}-{lo})', low)})",
    }
    if mode in branches:
        return branches[mode]
    outside = {
        "range_higher_is_better": f"IF({v}>{hi},{EXCEEDED},{below})",
        "range_lower_is_better": f"IF({v}<{lo},{EXCEEDED},{above})",
    }.get(mode, f"IF({v}<{lo},{below},{above})")
    return f"IF(AND({v}>={lo},{v}<={hi}),{ACHIEVED},{outside})"


def met_formula(code: str) -> str:
    """An Excel condition: the status code in ``code`` means the target is met."""
    return f"{code}<={ACHIEVED}"
