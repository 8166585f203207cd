"""What a unit or a lineage record must keep before it is saved, said in the UI's language.

The rules are the core's (:mod:`chitieu.units.registry`), and so are the messages'
templates (:mod:`chitieu.messages`, translated in the core's catalogue, which the command
line reads too). This module takes core values and imports no model: the models gather
the rows and call it from ``clean()``, and ``checks.py`` (figures for a unit) imports the
models, so neither imports the other back.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from chitieu.units.model import Change, Unit
from chitieu.units.registry import Finding, Registry, finding_message, lineage_findings
from chitieu.vnnumbers import format_date
from chitieu.web.problems import said


def day_text(d: date | None) -> str:
    """A bound of an interval as the UI writes it ("…" for an open one)."""
    return format_date(d) if d else "…"


def new_lineage_errors(
    units: Registry, saved: list[Change], new: Change, self_link: bool
) -> list[str]:
    """What is wrong with a lineage record that the records already saved do not cause."""
    if self_link:
        return [_("a unit cannot be its own predecessor")]
    before = {_key(f) for f in lineage_findings(units, saved)}
    return [message(f) for f in lineage_findings(units, [*saved, new]) if _key(f) not in before]


def interval_errors(unit: Unit, same_code: list[Unit]) -> list[str]:
    """A unit's interval that ends before it starts, or overlaps another of its code."""
    if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
        return [_("a unit cannot end before it starts")]
    return [
        _("unit %(unit)s already has an interval that overlaps this one (%(span)s)")
        % {"unit": unit.code, "span": f"{day_text(other.valid_from)}–{day_text(other.valid_to)}"}
        for other in same_code
        if _overlap(unit, other)
    ]


def broken_lineage_errors(saved: Registry, edited: Registry, changes: list[Change]) -> list[str]:
    """What the saved lineage records find wrong with the units as edited, not before."""
    before = {_key(f) for f in lineage_findings(saved, changes)}
    return [message(f) for f in lineage_findings(edited, changes) if _key(f) not in before]


def _key(f: Finding) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    return (f.code, f.change.predecessor, f.change.successor, tuple(sorted(f.params.items())))


def message(f: Finding) -> str:
    """A lineage finding in the UI's language, its dates written 1/1/2020."""
    return said(finding_message(f))


def _overlap(a: Unit, b: Unit) -> bool:
    return (a.valid_from or date.min) <= (b.valid_to or date.max) and (
        b.valid_from or date.min
    ) <= (a.valid_to or date.max)
