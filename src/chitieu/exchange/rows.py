"""Figures read from another system's file, checked the way a figures file is.

Every format turns its records into chitieu's fields (``metric``, ``period``, ``value``,
``stage``, ``as_of``, ``unit_code``, ``source``, ``note``) and hands them here: they are
checked by :func:`chitieu.figures.reading.check_rows`, the one check of every figures
file (measure known to the plan, period in the term, number storable, stage, date,
duplicates), all or nothing. A problem is reported where the user finds it in their own
file: a line of a CSV, a JSON path, a spreadsheet cell.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from chitieu.figures.model import Figure
from chitieu.figures.reading import check_rows
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan
from chitieu.vnnumbers import NumberStyle

Place = dict[str, Any]  # where in the file: line=…, row=…, path=…, sheet=…, cell=…


@dataclass
class Raw:
    """One record of another system's file, in chitieu's fields, and where it was."""

    fields: dict[str, Any]
    place: Place  # the record's place
    cells: dict[str, Place] = field(default_factory=dict)  # a field's own place, if it has one
    origin: str = ""  # shown with the figure: "f.xlsx: Biểu 1!C5"
    refused: set[str] = field(default_factory=set)  # fields the format already refused

    def refuse(self, fld: str) -> None:
        """The format found ``fld`` wrong: the figures check need not say it again."""
        self.refused.add(fld)

    def at(self, fld: str) -> Place:
        return self.cells.get(fld, self.place)


@dataclass
class Preview:
    """What a file holds under a mapping: the records read, in chitieu's fields with
    their places, the figures (when nothing is wrong) and every problem."""

    records: list[Raw] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def figures_or_raise(self) -> list[Figure]:
        """The figures, or :class:`InputError` with every problem (all or nothing)."""
        if self.problems:
            raise InputError(self.problems)
        return self.figures


def previewed(
    read: Callable[[], tuple[list[Raw], list[Problem]]],
    plan: Plan,
    name: str,
    style: NumberStyle = NumberStyle.PLAIN,
) -> Preview:
    """The :class:`Preview` of the records ``read`` gives (with the problems it found
    on the way, or an :class:`InputError` when the file cannot be read at all)."""
    try:
        raws, found = read()
    except InputError as exc:
        return Preview(problems=exc.problems)
    try:
        return Preview(raws, checked(raws, plan, name, found, style))
    except InputError as exc:
        return Preview(raws, [], exc.problems)


def problem(name: str, raw: Raw, fld: str, message: str, ours: str = "", **params: Any) -> Problem:
    """A problem of one field of a record (``fld`` as the file names it; ``ours``, the
    chitieu field it gives, is not checked again), at that field's place."""
    raw.refuse(ours or fld)
    return Problem(name, message, params, field=fld, **raw.at(ours or fld))


DUPLICATE = "figures.duplicate"


def _line(raw: Raw) -> str:
    """The line (or sheet row, or JSON path) of a record, as a duplicate names the other."""
    return str(raw.place.get("line") or raw.place.get("row") or raw.place.get("path") or "")


def _duplicate(p: Problem, of: Raw, by_index: dict[int, Raw]) -> Problem:
    """The duplicate at ``of``, naming the record it repeats by its own line (the check
    names records by their order)."""
    first = by_index.get(int(str(p.params.get("n", 0))))
    params = {**p.params, "n": _line(first)} if first is not None else p.params
    return dataclasses.replace(p, params=params, **{"row": None, **of.place})


def checked(
    raws: Iterable[Raw],
    plan: Plan,
    name: str,
    found: Iterable[Problem] = (),
    style: NumberStyle = NumberStyle.PLAIN,
) -> list[Figure]:
    """The figures of ``raws``, or :class:`InputError` with every problem: those the
    format ``found`` and those of the figures check, at each record's place."""
    records = list(raws)
    problems = list(found)
    for raw in records:
        for fld in ("stage", "as_of"):
            if fld not in raw.refused and raw.fields.get(fld) in ("", None):
                problems.append(problem(name, raw, fld, f"exchange.{fld}_missing"))
    by_index = dict(enumerate(records, start=1))
    figures: list[Figure] = []
    try:
        figures = check_rows(((i, r.fields) for i, r in by_index.items()), plan, name, style, "row")
    except InputError as exc:
        for p in exc.problems:
            of = by_index.get(p.row) if p.row is not None else None
            if of is None:
                problems.append(p)
            elif p.code == DUPLICATE:
                if not of.refused:  # a record with a refused code has no known identity
                    problems.append(_duplicate(p, of, by_index))
            elif p.field not in of.refused:
                where = of.at(p.field) if p.field else of.place
                problems.append(dataclasses.replace(p, **{"row": None, **where}))
    if problems:
        raise InputError(problems)
    origins = [r.origin for r in records]
    return [
        dataclasses.replace(f, origin=origins[int(f.origin.rsplit(" row ", 1)[1]) - 1] or f.origin)
        for f in figures
    ]
