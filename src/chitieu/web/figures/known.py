"""The approved figures the entry page and the Excel template show beside each line: the
current figure of the earlier periods, and the one already approved for this period.

Each is one query over the agency's own (measure, unit) pairs and the periods wanted, read
as plain values: how many rows it reads does not depend on the other agencies' or units'
figures (a national database holds millions). Among the vintages of a series point the
current one is chosen by the core's rule (:func:`chitieu.figures.vintages.vintage_rank`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, PeriodKind, parse_period
from chitieu.figures.vintages import vintage_rank
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.access import approved_figures
from chitieu.web.plans.models import Plan

Pair = tuple[int, str]  # (measure pk, unit code)
_PARTS = (
    [(PeriodKind.YEAR, 0), (PeriodKind.NINE_MONTHS, 9)]
    + [(PeriodKind.HALF, i) for i in (1, 2)]
    + [(PeriodKind.QUARTER, i) for i in range(1, 5)]
    + [(PeriodKind.MONTH, i) for i in range(1, 13)]
)


@dataclass(frozen=True)
class Vintage:
    """An approved figure as a page shows it."""

    value: Decimal
    places: int
    period: str
    stage: str
    as_of: date

    def rank(self) -> tuple[int, date]:
        return vintage_rank(Stage(self.stage), self.as_of)


def earlier_periods(plan: Plan, before: Period) -> list[str]:
    """Every period of the term (from the baseline year) that ends before ``before``,
    as stored ("2024", "2024-H1", "2024-9M", "2024-Q3", "2024-07"), terms left out."""
    periods = (
        Period(year, kind, index)
        for year in range(plan.baseline_year, before.last_year + 1)
        for kind, index in _PARTS
    )
    return [str(p) for p in periods if p.by_end() < before.by_end()]


def _of_pairs(pairs: Iterable[Pair]) -> QuerySet[FigureRecord]:
    """The approved figures of exactly these (measure, unit) pairs of a plan's measures:
    one condition per measure."""
    units: dict[int, set[str]] = {}
    for measure, unit in pairs:
        units.setdefault(measure, set()).add(unit)
    if not units:
        return FigureRecord.objects.none()
    wanted = reduce(or_, (Q(measure_id=m, unit_code__in=u) for m, u in units.items()))
    # The pairs are the plan's (its measures'): read through their (measure, unit, period
    # …) key. Narrowed by the plan as well, SQLite would read every figure of the plan.
    return approved_figures().filter(wanted).order_by()


def _current(
    rows: Iterable[tuple[int, str, str, Decimal, int, str, date]],
) -> dict[tuple[int, str, str], Vintage]:
    """The current vintage of each (measure, unit, period) among the rows."""
    best: dict[tuple[int, str, str], Vintage] = {}
    for measure, unit, period, value, places, stage, as_of in rows:
        found = Vintage(value, places, period, stage, as_of)
        old = best.get((measure, unit, period))
        if old is None or found.rank() > old.rank():
            best[(measure, unit, period)] = found
    return best


FIELDS = ("measure_id", "unit_code", "period", "value", "places", "stage", "as_of")


def previous_values(
    plan: Plan, pairs: Iterable[Pair], before: Period, shown: int
) -> dict[Pair, list[Vintage]]:
    """The current approved figure of the ``shown`` latest earlier periods of each
    (measure, unit) that has one, the latest first."""
    rows = _of_pairs(pairs).filter(period__in=earlier_periods(plan, before))
    out: dict[Pair, list[Vintage]] = {}
    for (measure, unit, _p), found in _current(rows.values_list(*FIELDS)).items():
        out.setdefault((measure, unit), []).append(found)
    for latest in out.values():
        latest.sort(key=lambda v: parse_period(v.period).by_end(), reverse=True)
        del latest[shown:]
    return out


def approved_in(
    plan: Plan, period: Period, pairs: Iterable[Pair], excluding: Submission | None
) -> dict[Pair, Vintage]:
    """The current approved vintage of each (measure, unit) for the period, the figures of
    the report ``excluding`` left out."""
    rows = _of_pairs(pairs).filter(period=str(period))
    if excluding is not None:
        rows = rows.exclude(submission=excluding)
    current = _current(rows.values_list(*FIELDS))
    return {(measure, unit): v for (measure, unit, _p), v in current.items()}
