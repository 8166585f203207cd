"""What the views draw and write, derived once from a metric's figures beside its status.

The engine calls :func:`derive` for every result; charts, review documents and the
cascade only present what it fills in (``MetricResult.per_year``, ``counted``, ``gap``)
and never recompute a rule:

* ``per_year``, by kind: the level of each year (or the units counted, for a count of
  units reported unit by unit), the yearly growth rate (the figures, or derived from
  consecutive levels and rounded half-up at the measure's decimals), the running sum of a
  total over the term, or the value judged each year;
* ``counted``: for a count of units, per year, the units meeting the standard, out of the
  units in force on the scope date (:func:`count_units`);
* ``gap``: for a value short of its target, which side of which bound and how far.

:func:`lags` is the cascade's rule: a unit's value against its share of a measure, judged
by the same strict rule as the measure itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from chitieu.evaluation.forecasts import target_side
from chitieu.evaluation.formulas import FormulaError, cagr
from chitieu.evaluation.results import Gap, MetricResult, UnitCount, YearPoint
from chitieu.evaluation.statuses import judge
from chitieu.figures.model import Figure
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind, Metric, Plan
from chitieu.units.aggregate import UnitScope, count_meeting, meets_standard
from chitieu.vnnumbers import round_half_up

if TYPE_CHECKING:
    from chitieu.evaluation.context import Series

# Kinds judged on the level of one year.
LEVEL_KINDS = frozenset({Kind.LEVEL_AT_END, Kind.SHARE_STRUCTURE, Kind.COUNT_OF_UNITS})
# Kinds judged on one value (a level, an average, a total), where a gap to the bound speaks.
_ONE_VALUE = LEVEL_KINDS | {Kind.AVERAGE_ANNUAL_GROWTH, Kind.CUMULATIVE_OVER_TERM}


def derive(result: MetricResult, plan: Plan, series: Series, units: UnitScope | None) -> None:
    """Fill in ``result.per_year``, ``counted`` and ``gap`` (see the module's rules)."""
    m = result.metric
    years = range(plan.start_year, m.end_year + 1)
    if m.kind is Kind.OTHER:
        return
    if m.kind in LEVEL_KINDS:
        result.per_year, result.counted = _levels(plan, m, series, years, units)
    elif m.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        result.per_year = _rates(plan, m, series, years)
    elif m.kind is Kind.CUMULATIVE_OVER_TERM:
        result.per_year = _running_sum(series, years)
    else:
        result.per_year = [
            YearPoint(c.year, c.value, _stage(series.annual.get(c.year))) for c in result.years
        ]
    if m.kind in _ONE_VALUE and result.value is not None:
        result.gap = gap(m, result.value)


def count_units(
    year: int, figures: Iterable[Figure], units: UnitScope | None, area: str
) -> UnitCount:
    """The units meeting the standard in ``year``, from the figures of each unit.

    Over the units in force on the scope date (by default the year's end) when a registry
    knows the area's units; else the units whose figure meets the standard.
    """
    figures = list(figures)
    if units is not None:
        by_unit = {f.unit_code: f.value for f in figures}
        c = count_meeting(units.registry, by_unit, date(year, 12, 31), area, units.scope)
        if c.total:
            return UnitCount(year, c.met, c.total, c.scope)
    return UnitCount(year, sum(1 for f in figures if meets_standard(f.value)), None, None)


def gap(metric: Metric, value: Decimal) -> Gap | None:
    """How far ``value`` lies outside what the target accepts; None when it meets it."""
    if judge(value, metric).is_met:
        return None
    bound = target_side(metric, value)
    if value < bound:
        return Gap("below", bound - value)
    if value > bound:
        return Gap("above", value - bound)
    return Gap("at", Decimal(0))  # exactly at a strict bound ("> 7" with 7)


def lags(direction: Direction, low: Decimal, high: Decimal | None, value: Decimal) -> bool:
    """Whether a unit's ``value`` falls short of its share [``low``, ``high``] of a measure.

    The share is judged as a target of the measure's ``direction``, by :func:`judge`:
    below it where higher is better, above it where lower is better, outside it for
    "within". Reaching the share exactly is not lagging.
    """
    bounds: tuple[Decimal | None, Decimal | None] = (low, high)
    if high is not None:
        comparator = Comparator.RANGE
    elif direction is Direction.LOWER_IS_BETTER:
        comparator, bounds = Comparator.LE, (None, low)  # the share is a ceiling
    elif direction is Direction.WITHIN:
        comparator = Comparator.EQ
    else:
        comparator = Comparator.GE
    share = Metric("share", "", "", Kind.LEVEL_AT_END, comparator, *bounds, 0, direction)
    return not judge(value, share).is_met


def _stage(f: Figure | None) -> str:
    return f.stage.value if f is not None else ""


def _levels(
    plan: Plan, m: Metric, series: Series, years: range, units: UnitScope | None
) -> tuple[list[YearPoint], list[UnitCount]]:
    points: list[YearPoint] = []
    counted: list[UnitCount] = []
    for y in years:
        f = series.annual.get(y)
        if f is not None:
            points.append(YearPoint(y, f.value, _stage(f)))
        elif m.kind is Kind.COUNT_OF_UNITS and series.units.get(y):
            figures = series.units[y]
            c = count_units(y, figures, units, plan.area.code)
            counted.append(c)
            least = min(figures, key=lambda u: u.stage.rank)
            points.append(YearPoint(y, Decimal(c.met), _stage(least)))
    return points, counted


def _rates(plan: Plan, m: Metric, series: Series, years: range) -> list[YearPoint]:
    """The yearly rates: the figures themselves, or derived from consecutive levels."""
    if m.input is GrowthInput.RATE:
        return [
            YearPoint(y, series.annual[y].value, _stage(series.annual[y]))
            for y in years
            if y in series.annual
        ]
    levels = {y: f.value for y, f in series.annual.items()}
    base = series.annual.get(plan.baseline_year)
    if base is None and m.baseline is not None:
        levels.setdefault(m.baseline.year, m.baseline.value)
    out: list[YearPoint] = []
    for y in years:
        if y in levels and y - 1 in levels:
            try:
                rate = cagr(levels[y - 1], levels[y], 1)
            except FormulaError:
                continue  # a level of zero or below has no growth rate
            out.append(YearPoint(y, round_half_up(rate, m.decimals), _stage(series.annual.get(y))))
    return out


def _running_sum(series: Series, years: range) -> list[YearPoint]:
    out: list[YearPoint] = []
    total = Decimal(0)
    for y in years:
        f = series.annual.get(y)
        if f is not None:
            total += f.value
            out.append(YearPoint(y, total, _stage(f)))
    return out
