"""Checks on units for the web app: lineage records before they are saved, and figures
for a unit that did not exist on the figure's date. The rules are the core's
(:mod:`chitieu.units`), and so are the messages' templates (:mod:`chitieu.messages`,
translated in the core's catalogue, which the command line reads too)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.utils.translation import gettext as _

from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.problems import Problem, coded
from chitieu.units.aggregate import period_end, unit_problems
from chitieu.units.model import Change, ChangeKind, Level, Unit
from chitieu.units.registry import Finding, Registry, finding_message, lineage_findings
from chitieu.vnnumbers import format_date
from chitieu.web.problems import said
from chitieu.web.units.models import AdminUnit, UnitChange


def core_unit(u: AdminUnit) -> Unit:
    parent = u.parent.code if u.parent is not None else None
    return Unit(
        u.code, u.name, Level(u.level), u.division_type, parent, u.valid_from, u.valid_to, u.act
    )


def core_change(c: UnitChange) -> Change:
    return Change(c.predecessor.code, c.successor.code, ChangeKind(c.kind), c.effective, c.act)


def registry(codes: Iterable[str] | None = None) -> Registry:
    """The units in the database (only those of ``codes`` if given), unchecked."""
    rows = AdminUnit.objects.select_related("parent")
    if codes is not None:
        rows = rows.filter(code__in=set(codes))
    return Registry([core_unit(u) for u in rows], check=False)


def lineage_errors(change: UnitChange) -> list[str]:
    """What is wrong with a lineage record that the records already saved do not cause."""
    others = UnitChange.objects.select_related("predecessor", "successor")
    if change.pk is not None:
        others = others.exclude(pk=change.pk)
    saved = [core_change(c) for c in others]
    new = core_change(change)
    reg = registry()
    if new.predecessor == new.successor and change.predecessor_id == change.successor_id:
        return [_("a unit cannot be its own predecessor")]
    before = {_key(f) for f in lineage_findings(reg, saved)}
    return [_message(f) for f in lineage_findings(reg, [*saved, new]) if _key(f) not in before]


def _key(f: Finding) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    return (f.code, f.change.predecessor, f.change.successor, tuple(sorted(f.params.items())))


def _message(f: Finding) -> str:
    return said(finding_message(f))


def unit_gone(code: str, period: Period) -> str | None:
    """Why a figure of ``period`` cannot be for unit ``code``, if it cannot.

    Only codes in the units table are checked: others are agencies or places not recorded.
    """
    day = period_end(period)
    versions = list(AdminUnit.objects.filter(code=code))
    if not versions or any(v.is_valid_on(day) for v in versions):
        return None
    spans = ", ".join(f"{_day(v.valid_from)}–{_day(v.valid_to)}" for v in versions)
    return said(coded("units.gone", unit=code, day=day, period=str(period), spans=spans))


def figure_unit_problems(figures: list[Figure]) -> list[Problem]:
    """Imported figures for a known unit that did not exist on their date."""
    return unit_problems(registry(f.unit_code for f in figures), figures)


def _day(d: date | None) -> str:
    return format_date(d) if d else "…"


def unit_errors(unit: AdminUnit) -> list[str]:
    """What is wrong with a unit as edited: its interval, and the lineage it would break."""
    if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
        return [_("a unit cannot end before it starts")]
    errors: list[str] = []
    for other in AdminUnit.objects.filter(code=unit.code).exclude(pk=unit.pk):
        if _overlap(unit, other):
            errors.append(
                _("unit %(unit)s already has an interval that overlaps this one (%(span)s)")
                % {"unit": unit.code, "span": f"{_day(other.valid_from)}–{_day(other.valid_to)}"}
            )
    if errors or unit.pk is None:
        return errors
    rows = list(AdminUnit.objects.select_related("parent"))
    changes = [
        core_change(c) for c in UnitChange.objects.select_related("predecessor", "successor")
    ]
    saved = Registry([core_unit(u) for u in rows], check=False)
    edited = Registry([core_unit(unit if u.pk == unit.pk else u) for u in rows], check=False)
    before = {_key(f) for f in lineage_findings(saved, changes)}
    return [_message(f) for f in lineage_findings(edited, changes) if _key(f) not in before]


def _overlap(a: AdminUnit, b: AdminUnit) -> bool:
    return (a.valid_from or date.min) <= (b.valid_to or date.max) and (
        b.valid_from or date.min
    ) <= (a.valid_to or date.max)
