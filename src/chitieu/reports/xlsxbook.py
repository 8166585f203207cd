"""A thin layer over XlsxWriter for the review workbook.

Cells are named as in Excel ("B12"); a format is made once per style; text is always
written as text (with the quote prefix when it starts like a formula, so a spreadsheet
never runs what somebody typed); a formula is written with the value it gives, so a
reader that does not compute formulas (a viewer, python-calamine, openpyxl's
``data_only``) still sees every number. The value is given by the caller from the core's
results: this module computes nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import xlsxwriter

from chitieu.figures.cells import looks_like_formula

FONT = "Times New Roman"
# What a formula gives: a number, "" (an IF with nothing to show) or an error ("#N/A").
Result = Decimal | int | float | str
EMPTY = ""


class Book:
    """A workbook being written, and the value of every cell written so far."""

    def __init__(self) -> None:
        self._out = io.BytesIO()
        self.wb = xlsxwriter.Workbook(self._out, {"in_memory": True})
        self._formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        # (sheet, cell) → its number, text or formula result, for references to it
        self.values: dict[tuple[str, str], Result | None] = {}

    def sheet(self, name: str) -> Sheet:
        return Sheet(self, self.wb.add_worksheet(name), name)

    def format(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.wb.add_format(dict(props))
        return self._formats[key]

    def close(self) -> bytes:
        # XlsxWriter also asks Excel to recompute every formula on opening
        self.wb.close()
        return self._out.getvalue()


@dataclass
class Sheet:
    """One worksheet: values, text and formulas put into cells by name."""

    book: Book
    ws: Any
    name: str

    def _format(self, bold: bool, fmt: str, style: dict[str, Any]) -> Any:
        props: dict[str, Any] = {"font_name": FONT, "font_size": 12, "bold": bold}
        if fmt:
            props["num_format"] = fmt
        return self.book.format(**(props | style))

    def put(
        self, cell: str, value: object, *, bold: bool = False, fmt: str = "", **style: Any
    ) -> None:
        """A number, a date or a text; text stays text even when it starts like a formula
        (a measure's name, a source, a note): the workbook never runs what somebody typed."""
        if isinstance(value, str) and looks_like_formula(value):
            style = style | {"quote_prefix": True}
        f = self._format(bold, fmt, style)
        if value is None or value == "":
            self.ws.write_blank(cell, None, f)
            value = None
        elif isinstance(value, str):
            self.ws.write_string(cell, value, f)
        elif isinstance(value, date):
            self.ws.write_datetime(cell, value, f)
        elif isinstance(value, int | Decimal | float):
            self.ws.write_number(cell, float(value), f)
        else:
            raise TypeError(f"cannot write {value!r} into {self.name}!{cell}")
        self.book.values[(self.name, cell)] = value  # type: ignore[assignment]

    def formula(
        self,
        cell: str,
        formula: str,
        value: Result | None,
        *,
        bold: bool = False,
        fmt: str = "",
        **style: Any,
    ) -> None:
        """A formula chitieu writes on purpose (the only cells that compute), stored with
        ``value``, the result the core computed for it."""
        assert formula.startswith("="), formula
        stored: float | str = EMPTY if value is None else value  # type: ignore[assignment]
        if isinstance(value, Decimal | int):
            stored = float(value)
        self.ws.write_formula(cell, formula, self._format(bold, fmt, style), stored)
        self.book.values[(self.name, cell)] = value

    def reference(self, cell: str, sheet: str, source: str, **kw: Any) -> None:
        """A formula that shows another sheet's cell, stored with that cell's value."""
        value = self.book.values.get((sheet, source))
        self.formula(cell, f"='{sheet}'!{source}", value, **kw)

    def merge(self, cells: str, text: str, *, bold: bool = False, **style: Any) -> None:
        """Merged cells holding a text (written as text, whatever it starts with)."""
        self.ws.merge_range(cells, "", self._format(bold, "", style))
        self.put(cells.split(":")[0], text, bold=bold, **style)
