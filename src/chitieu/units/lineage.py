"""Things over time, whatever they are: codes with validity intervals, and lineage records.

Administrative units (:mod:`chitieu.units.registry`) and agencies
(:mod:`chitieu.units.agencies`) share these rules. A thing is known by its code; a code
may have several intervals (a commune's code reused after a reform). A lineage record
(:class:`~chitieu.units.model.Change`) links the version of the predecessor in force the
day before ``effective`` to the version of the successor in force on ``effective``; a
code named on both sides of one day's records continues through them (it absorbs others,
or keeps a part when split).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, Protocol, TypeVar

from chitieu.units.model import Change, ChangeKind

ONE_DAY = timedelta(days=1)


class Dated(Protocol):
    """Anything with a code and an interval of validity (``valid_to`` is its last day)."""

    @property
    def code(self) -> str: ...

    @property
    def valid_from(self) -> date | None: ...

    @property
    def valid_to(self) -> date | None: ...

    def in_force(self, day: date) -> bool: ...


T = TypeVar("T", bound=Dated)


@dataclass(frozen=True)
class Lineage(Generic[T]):
    """Where a thing came from and where it went: the changes before and after it."""

    code: str
    versions: tuple[T, ...]
    origins: tuple[Change, ...]  # every change leading to it, latest first
    successors: tuple[Change, ...]  # every change from it on, earliest first


class Timeline(Generic[T]):
    """Dated things and their lineage records, queried by date (unchecked: see
    :func:`lineage_findings`)."""

    def __init__(self, items: Iterable[T], changes: Iterable[Change] = ()) -> None:
        self.items: list[T] = list(items)
        self.changes: list[Change] = sorted(changes, key=lambda c: (c.effective, c.successor))
        self._by_code: dict[str, list[T]] = {}
        for item in self.items:
            self._by_code.setdefault(item.code, []).append(item)

    def knows(self, code: str) -> bool:
        return code in self._by_code

    def versions(self, code: str) -> list[T]:
        return sorted(self._by_code.get(code, []), key=lambda u: u.valid_from or date.min)

    def version(self, code: str, day: date) -> T | None:
        """The thing of that code in force on ``day``, if any."""
        return next((u for u in self._by_code.get(code, []) if u.in_force(day)), None)

    def lineage(self, code: str) -> Lineage[T]:
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

    def passed_to(
        self, code: str, day: date, kinds: Collection[ChangeKind] | None = None
    ) -> set[str]:
        """The codes in force on ``day`` that ``code`` is or became through the changes
        (of ``kinds``, or any) effective by then: itself while in force, its successors
        after it. Empty when it ended and nothing of those kinds took it over."""
        reached = {code}
        for c in self.changes:
            if c.effective > day:
                break
            if c.predecessor in reached and (kinds is None or c.kind in kinds):
                reached.add(c.successor)
        return {x for x in reached if self.version(x, day) is not None}

    def passed_from(
        self, code: str, day: date | None = None, kinds: Collection[ChangeKind] | None = None
    ) -> set[str]:
        """``code`` and every code that became it, directly or through others, by changes
        (of ``kinds``, or any) effective on or before ``day`` (any day when None)."""
        reached = {code}
        for c in reversed(self.changes):
            if day is not None and c.effective > day:
                continue
            if c.successor in reached and (kinds is None or c.kind in kinds):
                reached.add(c.predecessor)
        return reached

    def map_to(self, code: str, start: date, scope: date) -> set[str]:
        """The things in force on ``scope`` that the one in force on ``start`` is (part of).

        Forwards (a 2020 commune → the 2026 commune it became) or backwards (a 2026 commune
        → the 2020 communes it came from). A thing that continues through a change (it
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
            found.discard(code)  # the code was reused by another thing, with no lineage record
        return found

    def _continues(self, code: str, start: date, scope: date) -> bool:
        """Whether the thing of ``code`` on ``start`` is the one on ``scope``, or linked to it."""
        a, b = self.version(code, start), self.version(code, scope)
        if a is None or b is None or a is b:
            return a is b
        low, high = sorted((start, scope))
        return any(
            c.predecessor == code and c.successor == code and low < c.effective <= high
            for c in self.changes
        )


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a lineage record: a message code and its values.

    Each caller words it for what it holds (a unit, an agency) and in the reader's
    language; :func:`chitieu.units.registry.finding_message` is the units' message.
    """

    code: str  # cycle, unknown, predecessor_missing, successor_missing, …_overlap
    change: Change
    field: str
    params: dict[str, str]


def lineage_findings(timeline: Timeline[T], changes: list[Change]) -> list[Finding]:
    """Cycles, overlapping dates and unknown codes in lineage records."""
    found = [Finding("cycle", c, "successor", {"loop": loop}) for c, loop in _cycles(changes)]
    for c in changes:
        same = [d for d in changes if d.effective == c.effective]
        # a code named on both sides of one event continues through it (absorbs, keeps a part)
        continues = {d.predecessor for d in same} & {d.successor for d in same}
        before = c.effective - ONE_DAY
        days = {"day": c.effective.isoformat(), "before": before.isoformat()}
        for code, side in ((c.predecessor, "predecessor"), (c.successor, "successor")):
            if not timeline.knows(code):
                found.append(Finding("unknown", c, side, {"side": side, "unit": code}))
        if not timeline.knows(c.predecessor) or not timeline.knows(c.successor):
            continue
        pred = {"unit": c.predecessor, "other": c.successor, **days}
        succ = {"unit": c.successor, **days}
        old = timeline.version(c.predecessor, before)
        new = timeline.version(c.successor, c.effective)
        if old is None:
            found.append(Finding("predecessor_missing", c, "predecessor", pred))
        if new is None:
            found.append(Finding("successor_missing", c, "successor", succ))
        # the same version on both sides of the date; a code reused by a new thing is fine
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
