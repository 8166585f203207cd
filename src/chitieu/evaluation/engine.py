"""The evaluation engine: figures in, a status, a forecast and an explanation out.

The engine works on one plan and the figures of its area (small data, exact decimals).
Each metric is evaluated by the rule of its kind (:mod:`chitieu.evaluation.kinds`). For
millions of figures across many units, :mod:`chitieu.evaluation.bulk` applies the same
rules with Polars.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from chitieu.evaluation.context import Context, Series
from chitieu.evaluation.derived import gap
from chitieu.evaluation.kinds import rule_of
from chitieu.evaluation.provisional import settle
from chitieu.evaluation.results import MetricResult, PlanResult, TargetResult
from chitieu.evaluation.statuses import Status
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.figures.vintages import current_figures
from chitieu.targets.model import Metric, Plan, Target
from chitieu.units.aggregate import UnitScope

__all__ = [
    "Series",
    "arrange",
    "evaluate_current",
    "evaluate_metric",
    "evaluate_plan",
    "evaluate_target",
    "roll_up",
]


def arrange(plan: Plan, current: dict[tuple[str, str, Period], Figure]) -> dict[str, Series]:
    series: dict[str, Series] = {m.id: Series() for m in plan.metrics()}
    for (metric, unit, period), f in current.items():
        s = series.get(metric)
        if s is None:
            continue
        if unit != plan.area.code:
            if period.is_annual:
                s.units.setdefault(period.year, []).append(f)
        elif period.is_term:
            s.term = f
        elif period.is_annual:
            s.annual[period.year] = f
        else:
            best = s.partial.get(period.year)
            # the part-year figure reaching furthest into the year; year-to-date beats a quarter
            if best is None or (period.end_month(), period.months_covered(), f.as_of) > (
                best.period.end_month(),
                best.period.months_covered(),
                best.as_of,
            ):
                s.partial[period.year] = f
    return series


def evaluate_plan(
    plan: Plan,
    figures: Iterable[Figure],
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> PlanResult:
    """Evaluate every target with the figures known on ``as_of`` (all of them by default).

    With ``units``, a ``count_of_units`` measure given per unit is counted over the units
    in force in the scope chosen (see docs/evaluation.md).
    """
    return evaluate_current(plan, current_figures(figures, as_of), as_of, units)


def evaluate_current(
    plan: Plan,
    current: dict[tuple[str, str, Period], Figure],
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> PlanResult:
    """:func:`evaluate_plan` over the figures already picked: each series point's current
    figure on ``as_of`` (:func:`~chitieu.figures.vintages.current_figures`, or its
    vectorised twin over stored rows), by its key."""
    series = arrange(plan, current)
    targets = [evaluate_target(plan, t, series, as_of, units) for t in plan.targets]
    return PlanResult(plan, as_of, targets)


def evaluate_target(
    plan: Plan,
    target: Target,
    series: dict[str, Series],
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> TargetResult:
    results = [
        evaluate_metric(plan, m, series.get(m.id, Series()), as_of, units) for m in target.metrics
    ]
    return TargetResult(
        target,
        roll_up([r.effective_status for r in results]),
        all(r.final for r in results),
        results,
    )


def roll_up(statuses: list[Status]) -> Status:
    """A target is achieved when all its measures are achieved or exceeded."""
    if all(s is Status.MANUAL for s in statuses):
        return Status.MANUAL
    for worst in (Status.NOT_ACHIEVED, Status.NEARLY_ACHIEVED):
        if worst in statuses:
            return worst
    if any(s in (Status.NO_DATA, Status.MANUAL) for s in statuses):
        return Status.NO_DATA
    return Status.EXCEEDED if all(s is Status.EXCEEDED for s in statuses) else Status.ACHIEVED


def evaluate_metric(
    plan: Plan,
    metric: Metric,
    series: Series,
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> MetricResult:
    """One metric's result, by the rule of its kind (:mod:`chitieu.evaluation.kinds`)."""
    ctx = Context(plan, metric, series, metric.tolerance or plan.tolerance, as_of, units)
    rule = rule_of(metric)
    result = rule.evaluate(ctx)
    if rule.judged:
        ctx.show_part_year(result)
        settle(result, ctx.early, ctx.failed_for_good(result.years, rule.from_levels(metric)))
        result.per_year, result.counted = rule.per_year(ctx, result)
        if rule.one_value and result.value is not None:
            result.gap = gap(metric, result.value)
    return result
