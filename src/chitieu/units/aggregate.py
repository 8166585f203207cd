"""Aggregation of unit figures up the hierarchy, in the scope of any date.

Figures belong to the units as they were on the figures' date (``on``). To count or sum
them "in today's communes" or "in the communes as they were in 2020", each unit in force
on the scope date takes the figures of the units it maps to on ``on``
(:meth:`Registry.map_to`):

* **count of units meeting a condition**: a scope unit with a figure of its own is judged
  on it; otherwise it meets the condition only when *every* unit it maps to has a figure
  that meets it. So a commune formed by merging meets the standard only if all the old
  communes did, and a commune of the old scope that went into a merged one meets it only
  if the merged commune does. Units with nothing to judge count in the total, not as met.
* **sum**: a scope unit takes the sum of the figures it maps to; a part of a split unit
  cannot be given a share of the old figure, so it has none.
* **mean** and **weighted mean** are over the units of the figures' date: a rate cannot be
  moved to other boundaries without its weights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.problems import InputError, Problem
from chitieu.units.registry import Registry

Condition = Callable[[Decimal], bool]


def meets_standard(value: Decimal) -> bool:
    """The default condition: a figure of 1 (or more) means the unit meets the standard."""
    return value >= 1


@dataclass(frozen=True)
class Count:
    """How many units of the scope meet a condition."""

    met: int
    total: int
    scope: date
    met_codes: tuple[str, ...]
    missing: tuple[str, ...]  # units of the scope with nothing to judge

    def __str__(self) -> str:
        return f"{self.met}/{self.total}"


def count_meeting(
    registry: Registry,
    values: Mapping[str, Decimal],
    on: date,
    area: str,
    scope: date | None = None,
    condition: Condition = meets_standard,
    level: str | None = None,
) -> Count:
    """The units of ``level`` under ``area`` in force on ``scope`` that meet ``condition``.

    ``values`` are figures by unit code, of the units in force on ``on``; ``scope``
    defaults to ``on``; ``level`` to the level most of the figures' units have (communes
    if none is known).
    """
    day = scope or on
    level = level or figures_level(registry, values, on)
    met: list[str] = []
    missing: list[str] = []
    units = [u for u in registry.in_force(day, under=area) if u.level == level]
    for u in units:
        if u.code in values and registry.version(u.code, on) is u:  # its own figure
            ok: bool | None = condition(values[u.code])
        else:
            sources = registry.map_to(u.code, day, on)
            known = [values[s] for s in sources if s in values]
            ok = bool(known) and len(known) == len(sources) and all(map(condition, known))
            if not known:
                ok = None
        if ok is None:
            missing.append(u.code)
        elif ok:
            met.append(u.code)
    return Count(len(met), len(units), day, tuple(met), tuple(missing))


def figures_level(registry: Registry, values: Mapping[str, Decimal], on: date) -> str:
    """The level most of the units with a figure are at (a count of districts or communes)."""
    levels = [u.level for c in values if (u := registry.version(c, on)) is not None]
    return max(sorted(set(levels)), key=levels.count) if levels else "commune"


def in_scope(
    registry: Registry, values: Mapping[str, Decimal], on: date, scope: date, area: str
) -> dict[str, Decimal]:
    """Additive figures of the units of ``on`` moved to the units in force on ``scope``."""
    out: dict[str, Decimal] = {}
    for u in registry.in_force(scope, under=area):
        sources = registry.map_to(u.code, scope, on)
        if not sources or any(s not in values for s in sources):
            continue
        # a split unit's figure cannot be shared among its parts
        if scope > on and any(len(registry.map_to(s, on, scope)) > 1 for s in sources):
            continue
        out[u.code] = sum((values[s] for s in sources), Decimal(0))
    return out


def total(
    registry: Registry,
    values: Mapping[str, Decimal],
    on: date,
    area: str,
    level: str = "commune",
    scope: date | None = None,
) -> Decimal:
    """The sum over the units of ``level`` under ``area`` (in the scope of ``scope``)."""
    moved = in_scope(registry, values, on, scope or on, area)
    day = scope or on
    codes = {u.code for u in registry.in_force(day, under=area) if u.level == level}
    return sum((v for c, v in moved.items() if c in codes), Decimal(0))


def mean(
    registry: Registry, values: Mapping[str, Decimal], on: date, area: str, level: str = "commune"
) -> Decimal | None:
    """The plain mean over the units of ``level`` under ``area`` that have a figure."""
    picked = _pick(registry, values, on, area, level)
    return sum(picked.values(), Decimal(0)) / len(picked) if picked else None


def weighted_mean(
    registry: Registry,
    values: Mapping[str, Decimal],
    weights: Mapping[str, Decimal],
    on: date,
    area: str,
    level: str = "commune",
) -> Decimal | None:
    """Σ value × weight / Σ weight over the units with both (a rate weighted by population)."""
    picked = {c: v for c, v in _pick(registry, values, on, area, level).items() if c in weights}
    weight = sum((weights[c] for c in picked), Decimal(0))
    if not picked or weight == 0:
        return None
    return sum((v * weights[c] for c, v in picked.items()), Decimal(0)) / weight


def _pick(
    registry: Registry, values: Mapping[str, Decimal], on: date, area: str, level: str
) -> dict[str, Decimal]:
    codes = {u.code for u in registry.in_force(on, under=area) if u.level == level}
    return {c: v for c, v in values.items() if c in codes}


def period_end(period: Period) -> date:
    """The last day a period covers: the day a figure for it belongs to."""
    year, month = period.last_year, period.end_month()
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def unit_problems(registry: Registry, figures: Iterable[Figure]) -> list[Problem]:
    """Figures for a known unit that did not exist on the figure's date (its period's end).

    Codes the registry does not know are left alone: they are agencies or other places.
    """
    problems: list[Problem] = []
    for f in figures:
        if not registry.knows(f.unit_code):
            continue
        day = period_end(f.period)
        if registry.version(f.unit_code, day) is None:
            spans = ", ".join(
                _span(u.valid_from, u.valid_to) for u in registry.versions(f.unit_code)
            )
            file, _, line = f.origin.rpartition(":")
            if not (file and line.isdigit()):
                file, line = f.origin or "figures", ""
            problems.append(
                Problem(
                    file,
                    "units.gone",
                    {"unit": f.unit_code, "day": day, "period": str(f.period), "spans": spans},
                    line=int(line) if line else None,
                    field="unit",
                )
            )
    return problems


def check_figure_units(registry: Registry, figures: Iterable[Figure]) -> None:
    problems = unit_problems(registry, figures)
    if problems:
        raise InputError(problems)


def _span(start: date | None, end: date | None) -> str:
    return f"{start.isoformat() if start else '…'}–{end.isoformat() if end else '…'}"


@dataclass(frozen=True)
class UnitScope:
    """What the evaluation engine needs to count units: the registry and the scope date.

    ``scope`` None counts in the units in force on each period's end.
    """

    registry: Registry
    scope: date | None = None
