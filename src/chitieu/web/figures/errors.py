"""Input problems in the web layer: each names its place (field, sheet/row/cell) and is
translated, so a reporter reads it in Vietnamese (English in the English UI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from chitieu.problems import Message


@dataclass(frozen=True)
class Place:
    """Where a value came from: a form field, a spreadsheet cell, an API item."""

    field: str = ""
    sheet: str = ""
    row: int | None = None
    cell: str = ""
    item: int | None = None  # index in an API request's list

    def __str__(self) -> str:
        parts = []
        if self.sheet:
            parts.append(_("sheet “%(sheet)s”") % {"sheet": self.sheet})
        if self.row is not None:
            parts.append(_("row %(row)d") % {"row": self.row})
        if self.cell:
            parts.append(_("cell %(cell)s") % {"cell": self.cell})
        if self.item is not None:
            parts.append(_("item %(item)d") % {"item": self.item})
        if self.field:
            parts.append(_("field “%(field)s”") % {"field": self.field})
        return ", ".join(parts)


@dataclass(frozen=True)
class EntryProblem:
    place: Place
    message: str
    said: Message | None = None  # the core's message, when the core refused the value

    def __str__(self) -> str:
        where = str(self.place)
        return f"{where}: {self.message}" if where else self.message

    def as_dict(self) -> dict[str, object]:
        return {
            "field": self.place.field or None,
            "sheet": self.place.sheet or None,
            "row": self.place.row,
            "cell": self.place.cell or None,
            "item": self.place.item,
            "message": self.message,
            "text": str(self),
        }


class EntryError(Exception):
    """Input that cannot be saved; nothing was saved."""

    def __init__(self, problems: list[EntryProblem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Stored:
    """A draft figure as another writer left it: what a refused writer is shown."""

    value: str  # exact, plain ("66.0")
    stage: str
    note: str
    version: int
    by: str
    at: datetime


@dataclass(frozen=True)
class Conflict(EntryProblem):
    """A draft value someone else changed after the writer read it."""

    stored: Stored | None = None


class ConflictError(EntryError):
    """Values that would overwrite changes the writer has not seen; nothing was saved."""

    def __init__(self, conflicts: list[Conflict]):
        super().__init__(list(conflicts))
        self.conflicts = conflicts


@dataclass(frozen=True)
class Doubt(EntryProblem):
    """A value that may be a slip (chitieu.figures.plausibility): saved only once confirmed."""

    check: str = ""  # percent, valid_range, negative, jump


class Unconfirmed(EntryError):
    """Values with warnings their writer has not confirmed; nothing was saved."""

    def __init__(self, doubts: list[Doubt]):
        super().__init__(list(doubts))
        self.doubts = doubts


class NotAllowed(Exception):
    """The user may not do this (answered with 403)."""
