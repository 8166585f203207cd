"""The units of a province and their lineage: checks and queries on dates.

A :class:`Registry` is checked when it is built: a lineage that makes a cycle, a change
whose dates overlap (a predecessor still in force on the effective date, a successor in
force before it) or that names a unit not in force then raises :class:`InputError` with
every problem found. The rules over dates and lineage are those of any dated thing
(:mod:`chitieu.units.lineage`, which agencies share); the hierarchy is the units' own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date

from chitieu.messages.codes import CODES
from chitieu.problems import InputError, Message, Problem, coded
from chitieu.units.lineage import Finding as Finding  # re-exported
from chitieu.units.lineage import Lineage as Lineage  # re-exported
from chitieu.units.lineage import Timeline
from chitieu.units.lineage import lineage_findings as lineage_findings  # re-exported
from chitieu.units.model import Change, Unit


class Registry(Timeline[Unit]):
    """Units and lineage records, checked once, queried by date (the rules of
    :class:`~chitieu.units.lineage.Timeline`, and the units' hierarchy)."""

    def __init__(
        self, units: Iterable[Unit], changes: Iterable[Change] = (), *, check: bool = True
    ) -> None:
        super().__init__(units, changes)
        self.units: list[Unit] = self.items
        if not check:  # the caller checks what it needs (the web app, record by record)
            return
        problems = overlapping_units(self.units) + lineage_problems(self, self.changes)
        if problems:
            raise InputError(problems)

    def in_force(self, day: date, under: str | None = None) -> list[Unit]:
        """The units in force on ``day``, only those under ``under`` (at any depth) if given."""
        found = [u for u in self.units if u.in_force(day)]
        if under is not None:
            found = [u for u in found if under in self.ancestors(u.code, day)]
        return sorted(found, key=lambda u: (u.level != "province", u.level != "district", u.code))

    def ancestors(self, code: str, day: date) -> list[str]:
        """The codes above a unit on ``day``, nearest first."""
        out: list[str] = []
        unit = self.version(code, day)
        while unit is not None and unit.parent is not None and unit.parent not in out:
            out.append(unit.parent)
            unit = self.version(unit.parent, day)
        return out


def overlapping_units(units: list[Unit]) -> list[Problem]:
    """Two intervals of the same code that overlap."""
    problems: list[Problem] = []
    by_code: dict[str, list[Unit]] = {}
    for u in units:
        if u.valid_from and u.valid_to and u.valid_to < u.valid_from:
            ends = coded("units.ends_before_start", v=u.code)
            problems.append(_problem(u.act, ends, "valid_to"))
        by_code.setdefault(u.code, []).append(u)
    for code, versions in by_code.items():
        versions.sort(key=lambda u: u.valid_from or date.min)
        for a, b in itertools.pairwise(versions):
            if a.valid_to is None or (b.valid_from is not None and b.valid_from <= a.valid_to):
                problems.append(
                    Problem(
                        "units",
                        "units.overlap",
                        {"v": code, "a": _span(a), "b": _span(b)},
                        field="valid_from",
                    )
                )
    return problems


def finding_message(f: Finding) -> Message:
    """A lineage finding as a message (``lineage.<code>``): its days as dates."""
    days = ("day", "before")
    params = {k: date.fromisoformat(v) if k in days else v for k, v in f.params.items()}
    template = CODES[f"lineage.{f.code}"]
    # a finding also holds what its sentence leaves out (the side, the day of the change)
    return Message(f"lineage.{f.code}", {k: v for k, v in params.items() if f"%({k})" in template})


def lineage_problems(registry: Registry, changes: list[Change]) -> list[Problem]:
    """Cycles, overlapping dates and unknown units in lineage records."""
    return [
        _problem(f.change.origin, finding_message(f), f.field)
        for f in lineage_findings(registry, changes)
    ]


def _problem(origin: str, said: Message, field: str) -> Problem:
    file, _, line = origin.rpartition(":")
    if file and line.isdigit():
        return Problem.of(file, said, line=int(line), field=field)
    return Problem.of(origin or "units", said, field=field)


def _span(u: Unit) -> str:
    start = u.valid_from.isoformat() if u.valid_from else "…"
    end = u.valid_to.isoformat() if u.valid_to else "…"
    return f"{start}–{end}"
