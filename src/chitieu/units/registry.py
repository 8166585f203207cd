"""The units of a province and their lineage: checks and queries on dates.

A :class:`Registry` is checked when it is built: a lineage that makes a cycle, a change
whose dates overlap (a predecessor still in force on the effective date, a successor in
force before it) or that names a unit not in force then raises :class:`InputError` with
every problem found.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from chitieu.problems import InputError, Problem
from chitieu.units.model import Change, Unit

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Lineage:
    """Where a unit came from and where it went: the changes before and after it."""

    code: str
    versions: tuple[Unit, ...]
    origins: tuple[Change, ...]  # every change leading to the unit, latest first
    successors: tuple[Change, ...]  # every change from the unit on, earliest first


class Registry:
    """Units and lineage records, checked once, queried by date."""

    def __init__(
        self, units: Iterable[Unit], changes: Iterable[Change] = (), *, check: bool = True
    ) -> None:
        self.units: list[Unit] = list(units)
        self.changes: list[Change] = sorted(changes, key=lambda c: (c.effective, c.successor))
        self._by_code: dict[str, list[Unit]] = {}
        for u in self.units:
            self._by_code.setdefault(u.code, []).append(u)
        if not check:  # the caller checks what it needs (the web app, record by record)
            return
        problems = overlapping_units(self.units) + lineage_problems(self, self.changes)
        if problems:
            raise InputError(problems)

    # -- units --------------------------------------------------------------------------

    def knows(self, code: str) -> bool:
        return code in self._by_code

    def versions(self, code: str) -> list[Unit]:
        return sorted(self._by_code.get(code, []), key=lambda u: u.valid_from or date.min)

    def version(self, code: str, day: date) -> Unit | None:
        """The unit of that code in force on ``day``, if any."""
        return next((u for u in self._by_code.get(code, []) if u.in_force(day)), None)

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

    # -- lineage ------------------------------------------------------------------------

    def lineage(self, code: str) -> Lineage:
        origins: list[Change] = []
        frontier = {code}
        for c in reversed(self.changes):
            if c.successor in frontier and c.predecessor != c.successor:
                origins.append(c)
                frontier.add(c.predecessor)
        successors: list[Change] = []
        frontier = {code}
        for c in self.changes:
            if c.predecessor in frontier and c.predecessor != c.successor:
                successors.append(c)
                frontier.add(c.successor)
        return Lineage(code, tuple(self.versions(code)), tuple(origins), tuple(successors))

    def map_to(self, code: str, start: date, scope: date) -> set[str]:
        """The units in force on ``scope`` that the unit in force on ``start`` is (part of).

        Forwards (a 2020 commune → the 2026 commune it became) or backwards (a 2026 commune
        → the 2020 communes it came from). A unit that continues through a change (it
        absorbed others, or kept a part when split) stays in the set.
        """
        current = {code}
        if scope >= start:
            events = [c for c in self.changes if start < c.effective <= scope]
            for day in sorted({c.effective for c in events}):
                same = [c for c in events if c.effective == day]
                added = {c.successor for c in same if c.predecessor in current}
                gone = {c.predecessor for c in same if c.predecessor in current}
                current = (current - gone) | added | (gone & {c.successor for c in same})
        else:
            events = [c for c in self.changes if scope < c.effective <= start]
            for day in sorted({c.effective for c in events}, reverse=True):
                same = [c for c in events if c.effective == day]
                added = {c.predecessor for c in same if c.successor in current}
                gone = {c.successor for c in same if c.successor in current}
                current = (current - gone) | added | (gone & {c.predecessor for c in same})
        found = {c for c in current if self.version(c, scope) is not None}
        if code in found and not self._continues(code, start, scope):
            found.discard(code)  # the code was reused by another unit, with no lineage record
        return found

    def _continues(self, code: str, start: date, scope: date) -> bool:
        """Whether the unit of ``code`` on ``start`` is the one on ``scope``, or is linked to it."""
        a, b = self.version(code, start), self.version(code, scope)
        if a is None or b is None or a is b:
            return a is b
        low, high = sorted((start, scope))
        return any(
            c.predecessor == code and c.successor == code and low < c.effective <= high
            for c in self.changes
        )


def overlapping_units(units: list[Unit]) -> list[Problem]:
    """Two intervals of the same code that overlap."""
    problems: list[Problem] = []
    by_code: dict[str, list[Unit]] = {}
    for u in units:
        if u.valid_from and u.valid_to and u.valid_to < u.valid_from:
            problems.append(_problem(u.act, f"unit {u.code} ends before it starts", "valid_to"))
        by_code.setdefault(u.code, []).append(u)
    for code, versions in by_code.items():
        versions.sort(key=lambda u: u.valid_from or date.min)
        for a, b in itertools.pairwise(versions):
            if a.valid_to is None or (b.valid_from is not None and b.valid_from <= a.valid_to):
                problems.append(
                    Problem(
                        "units",
                        f"unit {code} has two intervals that overlap ({_span(a)} and {_span(b)})",
                        field="valid_from",
                    )
                )
    return problems


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a lineage record: a message code and its values.

    The core renders it in English (:data:`MESSAGES`); the web app in the reader's language.
    """

    code: str  # a key of MESSAGES
    change: Change
    field: str
    params: dict[str, str]

    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)


MESSAGES = {
    "cycle": "lineage makes a cycle: {loop}",
    "unknown": "{side} {unit} is not a known unit",
    "predecessor_missing": (
        "predecessor {unit} was not in force on {before}, the day before the change of {day}"
    ),
    "successor_missing": "successor {unit} is not in force on {day}, the day of the change",
    "predecessor_overlap": (
        "dates overlap: predecessor {unit} is still in force on {day}, when it became {other}"
    ),
    "successor_overlap": (
        "dates overlap: successor {unit} was already in force on {before}, "
        "before the change of {day}"
    ),
}


def lineage_problems(registry: Registry, changes: list[Change]) -> list[Problem]:
    """Cycles, overlapping dates and unknown units in lineage records."""
    return [
        _problem(f.change.origin, f.message(), f.field) for f in lineage_findings(registry, changes)
    ]


def lineage_findings(registry: Registry, changes: list[Change]) -> list[Finding]:
    found = [Finding("cycle", c, "successor", {"loop": loop}) for c, loop in _cycles(changes)]
    for c in changes:
        same = [d for d in changes if d.effective == c.effective]
        # a unit named on both sides of one event continues through it (absorbs, keeps a part)
        continues = {d.predecessor for d in same} & {d.successor for d in same}
        before = c.effective - ONE_DAY
        days = {"day": c.effective.isoformat(), "before": before.isoformat()}
        for code, side in ((c.predecessor, "predecessor"), (c.successor, "successor")):
            if not registry.knows(code):
                found.append(Finding("unknown", c, side, {"side": side, "unit": code}))
        if not registry.knows(c.predecessor) or not registry.knows(c.successor):
            continue
        pred = {"unit": c.predecessor, "other": c.successor, **days}
        succ = {"unit": c.successor, **days}
        old = registry.version(c.predecessor, before)
        new = registry.version(c.successor, c.effective)
        if old is None:
            found.append(Finding("predecessor_missing", c, "predecessor", pred))
        if new is None:
            found.append(Finding("successor_missing", c, "successor", succ))
        # the same version on both sides of the date; a code reused by a new unit is fine
        if c.predecessor not in continues and old and old.in_force(c.effective):
            found.append(Finding("predecessor_overlap", c, "predecessor", pred))
        if c.successor not in continues and new and new.in_force(before):
            found.append(Finding("successor_overlap", c, "successor", succ))
    return found


def _cycles(changes: list[Change]) -> list[tuple[Change, str]]:
    """Lineage links that lead back to where they started (a code continuing is no cycle)."""
    edges: dict[str, set[str]] = {}
    for c in changes:
        if c.predecessor != c.successor:
            edges.setdefault(c.predecessor, set()).add(c.successor)
    out: list[tuple[Change, str]] = []
    for c in changes:
        if c.predecessor == c.successor:
            continue
        path = _path(edges, c.successor, c.predecessor)
        if path is not None:
            out.append((c, " → ".join([c.predecessor, *path])))
    return out


def _path(edges: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    seen: set[str] = set()
    stack: list[list[str]] = [[start]]
    while stack:
        path = stack.pop()
        if path[-1] == goal:
            return path
        for nxt in sorted(edges.get(path[-1], ())):
            if nxt not in seen:
                seen.add(nxt)
                stack.append([*path, nxt])
    return None


def _problem(origin: str, message: str, field: str) -> Problem:
    file, _, line = origin.rpartition(":")
    if file and line.isdigit():
        return Problem(file, message, line=int(line), field=field)
    return Problem(origin or "units", message, field=field)


def _span(u: Unit) -> str:
    start = u.valid_from.isoformat() if u.valid_from else "…"
    end = u.valid_to.isoformat() if u.valid_to else "…"
    return f"{start}–{end}"
