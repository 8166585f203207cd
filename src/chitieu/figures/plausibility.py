"""Whether a value being entered is plausible: the warnings a reporter confirms and an
approver sees beside the figure.

A warning never changes a status: it asks a person to look twice before a typing slip
(25 for 2,5; a value in the wrong unit) reaches the dashboard. Four checks:

- ``percent``: a percentage outside 0–100. The figures of a rate (``input: rate``, a
  yearly growth or reduction in %) may be negative: for them −100–100.
- ``valid_range``: outside the metric's ``valid_range``. A metric that has one is judged
  by it alone: it replaces the percentage and negative checks.
- ``negative``: below zero for a metric whose figures are not percentages (a count, an
  amount, an area).
- ``jump``: a change from the same period a year earlier larger than the metric's
  ``max_change``; without one, larger than :data:`AUTO_JUMP_FACTOR` times the largest
  such change known so far (no warning while fewer than two earlier years are known).

The earlier values are the ones known by the core's vintage rule
(:func:`chitieu.figures.vintages.current_figures`), the metric's baseline standing in for
its year when no figure does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from chitieu.figures.model import Figure
from chitieu.figures.periods import Period, PeriodKind
from chitieu.figures.vintages import current_figures
from chitieu.targets.model import GrowthInput, Metric

AUTO_JUMP_FACTOR = 3  # a change three times the largest so far is worth a second look
HUNDRED = Decimal(100)


class Check(StrEnum):
    PERCENT = "percent"
    VALID_RANGE = "valid_range"
    NEGATIVE = "negative"
    JUMP = "jump"


@dataclass(frozen=True)
class Flag:
    """One warning about a value, with the numbers a message needs to say why."""

    check: Check
    value: Decimal
    min: Decimal | None = None  # percent, valid_range: the plausible values
    max: Decimal | None = None
    previous: Period | None = None  # jump: the same period a year earlier …
    previous_value: Decimal | None = None  # … and its value
    limit: Decimal | None = None  # jump: the largest plausible change
    largest: Decimal | None = None  # jump without max_change: the largest change so far

    @property
    def change(self) -> Decimal | None:
        """jump: how much the value moved from the year before."""
        return None if self.previous_value is None else self.value - self.previous_value


def figures_are_percent(metric: Metric) -> bool:
    """Whether the figures themselves are percentages. A growth measured from levels
    (``input: level``) is written in % but its figures are the levels."""
    return metric.unit.startswith("%") and metric.input is not GrowthInput.LEVEL


def plausibility_flags(
    metric: Metric,
    period: Period,
    value: Decimal,
    known: Iterable[Figure],
    *,
    of_area: bool = True,
) -> list[Flag]:
    """The warnings about ``value`` for ``period``, given the figures ``known`` of the same
    metric and unit (any periods and vintages; those of ``period`` itself are ignored).
    ``of_area``: the unit is the plan's area, whose series starts at the baseline."""
    flags = _range_flags(metric, value)
    jump = _jump_flag(metric, period, value, _yearly(metric, period, known, of_area))
    return [*flags, jump] if jump is not None else flags


def _range_flags(metric: Metric, value: Decimal) -> list[Flag]:
    span = metric.valid_range
    if span is not None:
        if span.holds(value):
            return []
        return [Flag(Check.VALID_RANGE, value, min=span.min, max=span.max)]
    if figures_are_percent(metric):
        low = -HUNDRED if metric.input is GrowthInput.RATE else Decimal(0)
        if low <= value <= HUNDRED:
            return []
        return [Flag(Check.PERCENT, value, min=low, max=HUNDRED)]
    if value < 0:
        return [Flag(Check.NEGATIVE, value)]
    return []


def _jump_flag(
    metric: Metric, period: Period, value: Decimal, series: dict[int, Decimal]
) -> Flag | None:
    previous = series.get(period.year - 1)
    if previous is None:
        return None
    largest = max(
        (abs(v - series[y - 1]) for y, v in series.items() if y - 1 in series), default=None
    )
    if metric.max_change is not None:
        limit, largest = metric.max_change, None
    elif largest is not None and largest > 0:
        limit = largest * AUTO_JUMP_FACTOR
    else:
        return None  # nothing yet to tell a usual change from an unusual one
    if abs(value - previous) <= limit:
        return None
    return Flag(
        Check.JUMP,
        value,
        previous=replace(period, year=period.year - 1),
        previous_value=previous,
        limit=limit,
        largest=largest,
    )


def _yearly(
    metric: Metric, period: Period, known: Iterable[Figure], of_area: bool
) -> dict[int, Decimal]:
    """The known value of the same kind of period (2024-H1 for 2025-H1) in each year
    before ``period``'s."""
    if period.kind is PeriodKind.TERM:
        return {}
    out = {
        p.year: f.value
        for (_m, _u, p), f in current_figures(known).items()
        if p.kind is period.kind and p.index == period.index and p.year < period.year
    }
    base = metric.baseline
    if of_area and base is not None and period.kind is PeriodKind.YEAR:
        out.setdefault(base.year, base.value)
    return out
