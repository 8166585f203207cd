"""The per-unit figures of a plan's counts of units, read in full or since a kept read.

A count of units reported unit by unit ("115 xã đạt chuẩn nông thôn mới", each commune
reporting 0 or 1) is the only measure the plan's evaluation reads unit by unit: each
unit's current figure on the date. At national size that is ~60.000 current figures among
~120.000 stored vintages, and reading them is most of an evaluation. They are read:

* in full (:func:`read_counted`): the rows as the driver gives them, the current vintage
  of each point picked by the vectorised vintage rule (:func:`.reading.current_rows_first`),
  and only those made core figures;
* after an approval of a count of units (:func:`counted_since`), from a read kept for an
  earlier version of the rows (:func:`counted_version`): only the rows approved or
  written since are read, and the points they touch are picked again by the core's
  vintage rule (:func:`chitieu.figures.vintages.with_later`). The answer is the one a
  full read would give, order included; when a kept row may have changed or gone, there
  is none and the caller reads in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Q, QuerySet

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period
from chitieu.figures.vintages import with_later
from chitieu.targets.model import Kind
from chitieu.web.figures.models import FigureRecord
from chitieu.web.figures.reading import (
    FIELDS,
    _by_measures,
    _figure,
    _Periods,
    current_rows_first,
    rows_seen,
)
from chitieu.web.plans.models import Plan

FigureKey = tuple[str, str, Period]  # a series point: measure, unit, period (Figure.key)


@dataclass(frozen=True)
class Counted:
    """Each unit's current count figure on a date, by series point, in the order the
    vintage rule gives the points (by their first stored row), and the id of that first
    row of each point, in the same order (where a point first reported later goes)."""

    current: dict[FigureKey, Figure]
    first: list[int]


def _counted_records(plan: Plan) -> tuple[dict[int, str], QuerySet[FigureRecord]]:
    """The plan's counts of units (pk to key) and their approved per-unit actual rows,
    read by the count measures' own index (not every figure of the plan)."""
    measures = plan.measures.filter(kind=Kind.COUNT_OF_UNITS.value)
    counted = dict(measures.values_list("pk", "key"))
    records = (
        _by_measures(counted)
        .exclude(unit_code=plan.area_code)
        .exclude(stage=Stage.PLAN.value)
        .order_by("pk")
    )
    return counted, records


def _known_on(records: QuerySet[FigureRecord], as_of: date | None) -> QuerySet[FigureRecord]:
    return records if as_of is None else records.filter(as_of__lte=as_of)


def counted_version(plan: Plan) -> tuple[object, ...]:
    """What :func:`read_counted` reads, in brief: the plan (its id and creation, against
    reused ids), its area, its counts of units and, last, :func:`.reading.rows_seen` of
    their rows. An approval of the plan's other measures leaves it as it was."""
    counted, records = _counted_records(plan)
    return (plan.pk, plan.created_at, plan.area_code, *sorted(counted.items()), rows_seen(records))


def read_counted(plan: Plan, as_of: date | None) -> Counted:
    """The current vintage on ``as_of`` of each per-unit figure of a count of units.

    The rows are read by the count measures' own index (not every figure of the plan);
    plan-stage rows and rows reported after ``as_of`` are left out by the query, and only
    the rows picked become core figures.
    """
    counted, records = _counted_records(plan)
    if not counted:
        return Counted({}, [])
    period = _Periods()
    rows, firsts = current_rows_first(_known_on(records, as_of), (*FIELDS, "pk"), as_of)
    current: dict[FigureKey, Figure] = {}
    first: list[int] = []
    for row, pk in zip(rows, firsts, strict=True):
        f = _figure(counted, period, row[: len(FIELDS)])
        if f.key not in current:  # periods are stored as written by the core: one each
            first.append(pk)
        current[f.key] = f
    return Counted(current, first)


def counted_unit_figures(plan: Plan, as_of: date | None) -> list[Figure]:
    """:func:`read_counted`'s figures."""
    return list(read_counted(plan, as_of).current.values())


def counted_since(
    plan: Plan,
    kept: Counted,
    then: tuple[object, ...],
    now: tuple[object, ...],
    as_of: date | None,
) -> Counted | None:
    """``kept``, read when the rows' version was ``then``, as a full read would give it
    at the version ``now`` (:func:`counted_version`, both), reading only the rows approved,
    added or saved since.

    None when only a full read can tell: the plan, its area or its counts of units are
    not those of ``then``, a row kept then was saved again (it may no longer be current),
    or rows went (the count is not the rows before plus those read).
    """
    if then[:-1] != now[:-1]:
        return None
    n0, last0, at0, changed0 = _seen(then)
    n1 = _seen(now)[0]
    if not n0 or last0 is None or at0 is None or changed0 is None:
        return None  # nothing kept to start from
    counted, records = _counted_records(plan)
    since = Q(approved_at__gt=at0) | Q(changed_at__gt=changed0) | Q(pk__gt=last0)
    rows = list(records.filter(since).values_list(*FIELDS, "pk", "approved_at"))
    if n1 != n0 + len(rows) or any(r[-2] <= last0 and r[-1] <= at0 for r in rows):
        return None
    period = _Periods()
    later = [
        (r[-2], _figure(counted, period, r[: len(FIELDS)]))
        for r in rows
        if as_of is None or r[6] <= as_of  # as the full read's query
    ]
    return _merged(kept, later, as_of)


def _seen(version: tuple[object, ...]) -> tuple[int, int | None, datetime | None, datetime | None]:
    """:func:`.reading.rows_seen` of the rows, the last item of their version."""
    seen = version[-1]
    assert isinstance(seen, tuple)
    n, last, at, changed = seen
    return n, last, at, changed


def _merged(kept: Counted, later: list[tuple[int, Figure]], as_of: date | None) -> Counted:
    """``kept`` and the ``later`` rows (id, figure), in the order of their ids."""
    if not later:
        return kept
    current = with_later(kept.current, [f for _pk, f in later], as_of)
    heads: dict[FigureKey, int] = {}
    for pk, f in later:
        heads.setdefault(f.key, pk)
    if later[0][0] > max(kept.first, default=0):
        # stored after every kept point's first row: the kept points keep their places
        # and the new ones follow, as with_later places them
        new = list(current)[len(kept.current) :]
        return Counted(current, [*kept.first, *(heads[k] for k in new)])
    # a row stored before a kept point's first one (a draft approved late) may move its
    # point up, and a new point goes where its first row was stored
    first = dict(zip(kept.current, kept.first, strict=True))
    for key, pk in heads.items():
        first[key] = min(pk, first.get(key, pk))
    ordered = sorted(current.items(), key=lambda item: first[item[0]])
    return Counted(dict(ordered), [first[k] for k, _f in ordered])
