"""Errors that name the place where the input went wrong.

Every problem with user input (a plan file, a figures file, a command-line flag) is
reported as a :class:`Problem` carrying the file, the line or JSON path, and the field,
so that the user can go straight to it. Loaders collect every problem they can find
before raising, instead of stopping at the first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is."""

    file: str
    message: str
    line: int | None = None
    path: str | None = None  # a JSON path such as $.targets[2].metrics[0].low
    field: str | None = None
    row: int | None = None  # a data row (Parquet, spreadsheets), 1 for the first one
    sheet: str | None = None
    cell: str | None = None  # a spreadsheet cell such as C7

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
        if self.sheet:
            place += f": sheet '{self.sheet}'"
        if self.row is not None:
            place += f": row {self.row}"
        if self.cell:
            place += f": cell {self.cell}"
        if self.path:
            place += f": {self.path}"
        if self.field:
            place += f": field '{self.field}'"
        return f"{place}: {self.message}"


class InputError(Exception):
    """Raised with every problem found in an input; nothing from that input is used."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[InputError], tuple[list[Problem]]]:
        # rebuilt from its problems, not its text (a reader may run in a child process)
        return type(self), (self.problems,)
