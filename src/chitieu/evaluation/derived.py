"""What the views draw and write, derived once from a metric's figures beside its status.

The engine fills in, for every judged result, what charts, review documents and the
cascade present without recomputing a rule (``MetricResult.per_year``, ``counted``,
``gap``):

* ``per_year``, by the rule of the measure's kind (``MeasureKind.per_year`` in
  :mod:`chitieu.evaluation.kinds`): the level of each year (or the units counted, for a
  count of units reported unit by unit), the yearly growth rate (the figures, or derived
  from consecutive levels and rounded half-up at the measure's decimals), the running sum
  of a total over the term, or the value judged each year;
* ``counted``: for a count of units, per year, the units meeting the standard, out of the
  units in force on the scope date (:func:`count_units`, the one counting rule);
* ``gap`` (:func:`gap`): for a value short of its target, which side of which bound and
  how far.

:func:`share_metric` is the measure with a unit's share of it as its target, judged by
the same strict rule as the measure itself: what the target page's units and the cascade
page are judged against (:func:`chitieu.evaluation.shares.evaluate_shares`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from chitieu.evaluation.forecasts import target_side
from chitieu.evaluation.results import Gap, UnitCount
from chitieu.evaluation.statuses import judge
from chitieu.figures.model import Figure
from chitieu.targets.model import Comparator, Direction, Metric
from chitieu.units.aggregate import UnitScope, count_meeting, meets_standard


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


def share_bounds(
    direction: Direction, low: Decimal, high: Decimal | None
) -> tuple[Comparator, Decimal | None, Decimal | None]:
    """The target a unit's share [``low``, ``high``] of a measure of ``direction`` sets:
    a range when it has an upper end, else a floor where higher is better, a ceiling
    where lower is better, a point for "within". Reaching the share exactly meets it."""
    if high is not None:
        return Comparator.RANGE, low, high
    if direction is Direction.LOWER_IS_BETTER:
        return Comparator.LE, None, low  # the share is a ceiling
    if direction is Direction.WITHIN:
        return Comparator.EQ, low, None
    return Comparator.GE, low, None


def share_metric(metric: Metric, low: Decimal, high: Decimal | None) -> Metric:
    """The measure with a unit's share as its target (:func:`share_bounds`): what the
    unit is judged against, by the measure's own kind, years and tolerance."""
    comparator, lo, hi = share_bounds(metric.direction, low, high)
    return dataclasses.replace(metric, comparator=comparator, low=lo, high=hi)


def stage_of(f: Figure | None) -> str:
    """The stage of the figure a point rests on, as the JSON writes it ("" for none)."""
    return f.stage.value if f is not None else ""
