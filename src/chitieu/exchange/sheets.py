"""Figures from a department's own spreadsheet (.xlsx or .csv), long or wide.

The mapping (:mod:`chitieu.exchange.mapping`) says where they are: the ``sheet`` (the
first one by default), the ``header_row`` (found by the column headings when not given),
the ``layout`` and which column holds what (``columns``: role → heading).

- **long**: one row per figure; the columns ``metric`` (or one ``metric`` for the whole
  sheet), ``period``, ``value``, and optionally ``unit``, ``stage``, ``as_of``,
  ``source``, ``note``.
- **wide**: periods as columns, measures or units as rows: the column ``metric`` or
  ``unit`` (or both) labels each row, and every other heading that names a period
  ("Năm 2021", "9 tháng 2023", "Ước TH 2024": :mod:`chitieu.exchange.vnheadings`) is a
  column of values for that period (and stage, when the heading says it).

A measure or unit is written as the mapping's ``metrics``/``units`` say (a label such as
"Tốc độ tăng trưởng GRDP"), or as chitieu's code when the table is empty. Every problem
names its cell (``C7``). An .xlsx file is measured before calamine reads it
(:mod:`chitieu.workbooks`); a .csv file is read within the same limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu import workbooks as workbook
from chitieu.exchange.files import csv_records, read_bytes
from chitieu.exchange.mapping import Mapping
from chitieu.exchange.rows import Preview, Raw, previewed, problem
from chitieu.exchange.vnheadings import heading, normal, stage_word
from chitieu.figures.cells import csv_text_read
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan
from chitieu.vnnumbers import NumberStyle

SEARCH_ROWS = 30  # how far down a header row is looked for
MAX_DATA_ROWS = 20_000  # a department's sheet has hundreds of rows
# A sheet may be as wide as 256 columns (twenty years of months, with their labels) but
# span at most ``cells`` rows × columns (the web's CHITIEU_SHEET_MAX_CELLS): by default
# as many as the Excel template's 20.100 rows × 50 columns, so a read stays as bounded.
MAX_COLUMNS = 256
MAX_CELLS = (MAX_DATA_ROWS + workbook.HEADER_ROWS) * workbook.MAX_COLUMNS
EXTENSIONS = (".xlsx", ".xlsm", ".csv")
Rows = Sequence[Sequence[object]]


def read(path: str | Path, plan: Plan, mapping: Mapping, cells: int = MAX_CELLS) -> list[Figure]:
    """The sheet's figures, or :class:`InputError` with every problem."""
    return preview(path, plan, mapping, cells).figures_or_raise()


def preview(path: str | Path, plan: Plan, mapping: Mapping, cells: int = MAX_CELLS) -> Preview:
    """Read the sheet as the mapping says (spanning at most ``cells`` rows × columns);
    problems are returned, not raised."""
    name = str(path)

    def read() -> tuple[list[Raw], list[Problem]]:
        sheet, rows = open_rows(path, mapping, cells)
        return records(rows, name, sheet, mapping)

    return previewed(read, plan, name, NumberStyle(mapping.numbers or "plain"))


def open_rows(path: str | Path, mapping: Mapping, cells: int = MAX_CELLS) -> tuple[str, Rows]:
    """The sheet's name and rows from A1 (a .csv file is one sheet, named after the file)."""
    found, _names, rows = open_sheet(path, mapping, cells)
    return found, rows


def open_sheet(
    path: str | Path, mapping: Mapping, cells: int = MAX_CELLS
) -> tuple[str, list[str], Rows]:
    """:func:`open_rows`, with the names of every sheet of the file."""
    name = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise InputError([Problem(name, "sheet.file_type")])
    data = read_bytes(path)
    if suffix == ".csv":
        return Path(path).stem, [Path(path).stem], _csv_rows(data, name)
    extent = workbook.Extent(MAX_DATA_ROWS, MAX_COLUMNS, cells)
    wanted = [mapping.sheet.strip().casefold()] if mapping.sheet else []
    try:
        workbook.inspect(data, extent)
        found, names, rows = workbook.sheet_rows(data, wanted, extent)
    except workbook.WorkbookRefused as exc:
        raise InputError([_refused(exc, name)]) from None
    if found is None:
        have = ", ".join(names) or "–"
        raise InputError([Problem(name, "sheet.no_sheet", {"want": mapping.sheet, "have": have})])
    return found, names, rows


def _csv_rows(data: bytes, name: str) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(name, "file.not_utf8", {"why": why})]) from None
    rows: list[list[object]] = []
    for line, record in csv_records(text, name):
        rows += [[] for _ in range(line - 1 - len(rows))]  # a quoted newline spans lines
        rows.append([csv_text_read(v) for v in record])
    return rows


def _refused(exc: workbook.WorkbookRefused, name: str) -> Problem:
    """The workbook's refusal as a problem, at its sheet and cell when it has them."""
    p = exc.params
    if exc.code == "zip":
        return Problem(name, "sheet.unreadable", {"why": p["reason"]})
    if exc.code == "dtd":
        return Problem(name, "sheet.dtd", {"part": p["part"]})
    if exc.code == "extent":
        sizes = {"rows": Decimal(p["rows"]), "columns": Decimal(p["columns"])}
        return Problem(name, "sheet.extent", sizes, sheet=p["sheet"], cell=p["cell"])
    if exc.code == "cells":
        return Problem(name, "sheet.cells", {"n": Decimal(p["n"])}, sheet=p["sheet"])
    if exc.code == "strings":
        return Problem(name, "sheet.strings", {"n": Decimal(p["n"])})
    return Problem(name, "sheet.unreadable", {"why": str(p.get("why", exc.code))})


def cell(row: int, column: int) -> str:
    """A cell's A1 name from 0-based indexes."""
    return f"{workbook.column_letters(column + 1)}{row + 1}"


def records(rows: Rows, name: str, sheet: str, mapping: Mapping) -> tuple[list[Raw], list[Problem]]:
    """The sheet's records in chitieu's fields, and the problems found reading them."""
    top, columns = find_header(rows, name, sheet, mapping)
    reader = _Reader(name, sheet, mapping, columns)
    if mapping.layout == "wide":
        periods = {
            j: found
            for j, text in enumerate(rows[top])
            if j not in columns.values() and (found := heading(text)) is not None
        }
        if not periods:
            raise InputError([Problem(name, "sheet.no_periods", sheet=sheet, row=top + 1)])
        for i in range(top + 1, len(rows)):
            reader.wide(i, rows[i], periods)
    else:
        for i in range(top + 1, len(rows)):
            reader.long(i, rows[i])
    return reader.raws, reader.problems


def find_header(rows: Rows, name: str, sheet: str, mapping: Mapping) -> tuple[int, dict[str, int]]:
    """The header row (0-based) and the column of each mapped role."""
    wanted = {role: normal(text) for role, text in mapping.columns.items()}
    candidates = [mapping.header_row - 1] if mapping.header_row else range(SEARCH_ROWS)
    for i in candidates:
        if i >= len(rows):
            break
        texts = [normal(v) if v is not None else "" for v in rows[i]]
        if not all(w in texts for w in wanted.values()):
            continue
        if not wanted and not any(heading(v) for v in rows[i]):
            continue
        return i, {role: texts.index(w) for role, w in wanted.items()}
    names = ", ".join(f"“{t}”" for t in mapping.columns.values()) or "“Năm 2021” …"
    n = mapping.header_row or SEARCH_ROWS
    raise InputError(
        [Problem(name, "sheet.header_not_found", {"names": names, "n": n}, sheet=sheet)]
    )


class _Reader:
    """Turns a sheet's rows into records, noting each field's cell."""

    def __init__(self, name: str, sheet: str, mapping: Mapping, columns: dict[str, int]) -> None:
        self.name, self.sheet, self.mapping, self.columns = name, sheet, mapping, columns
        self.raws: list[Raw] = []
        self.problems: list[Problem] = []

    def _raw(self, i: int, row: Sequence[object]) -> Raw:
        cells = {
            _FIELD.get(role, role): {"sheet": self.sheet, "cell": cell(i, j)}
            for role, j in self.columns.items()
        }
        place = {"sheet": self.sheet, "row": i + 1}
        raw = Raw({}, place, cells)
        raw.fields = {
            "source": self._text(row, "source") or self.mapping.source,
            "note": self._text(row, "note"),
        }
        return raw

    def _text(self, row: Sequence[object], role: str) -> str:
        j = self.columns.get(role)
        value = row[j] if j is not None and j < len(row) else None
        return "" if value is None else str(_plain(value)).strip()

    def _code(self, raw: Raw, row: Sequence[object], role: str, table: str) -> str:
        """The chitieu code the row's ``role`` cell gives, or the mapping's one code."""
        text = self._text(row, role)
        fld = _FIELD.get(role, role)
        if role not in self.columns:
            return self.mapping.metric if role == "metric" else self.mapping.unit
        codes: dict[str, str] = getattr(self.mapping, table)
        if not codes or not text:
            return text
        mine = next((m for m, theirs in codes.items() if normal(theirs) == normal(text)), None)
        if mine is None:
            self.problems.append(problem(self.name, raw, fld, "exchange.code_unknown", code=text))
        return mine or ""

    def long(self, i: int, row: Sequence[object]) -> None:
        if all(_blank(v) for v in row):
            return
        raw = self._raw(i, row)
        raw.origin = f"{self.name}: {self.sheet}!{cell(i, self.columns.get('value', 0))}"
        raw.fields["metric"] = self._code(raw, row, "metric", "metrics")
        raw.fields["unit_code"] = self._code(raw, row, "unit", "units")
        period_text = self._text(row, "period")
        found = heading(period_text)
        if found is None:
            self.problems.append(
                problem(self.name, raw, "period", "sheet.period_bad", v=period_text)
            )
        raw.fields["period"] = str(found[0]) if found else ""
        raw.fields["stage"] = self._stage(raw, row, found[1] if found else None)
        raw.fields["value"] = _value(
            row[j] if (j := self.columns.get("value", -1)) in range(len(row)) else None
        )
        raw.fields["as_of"] = self._as_of(row)
        self.raws.append(raw)

    def wide(
        self, i: int, row: Sequence[object], periods: dict[int, tuple[Period, Stage | None]]
    ) -> None:
        filled = [j for j in periods if j < len(row) and not _blank(row[j])]
        if not filled:
            return  # a section heading, a blank or an empty row
        label = self._raw(i, row)  # the row's labels, read (and refused) once
        for role in ("metric", "unit"):
            if role in self.columns and not self._text(row, role):
                fld = _FIELD.get(role, role)
                self.problems.append(problem(self.name, label, fld, f"sheet.{role}_missing"))
        metric = self._code(label, row, "metric", "metrics")
        unit = self._code(label, row, "unit", "units")
        for j in filled:
            raw = self._raw(i, row)
            raw.refused = set(label.refused)
            raw.cells["value"] = raw.place = {"sheet": self.sheet, "cell": cell(i, j)}
            raw.origin = f"{self.name}: {self.sheet}!{cell(i, j)}"
            period, stage = periods[j]
            raw.fields |= {"metric": metric, "unit_code": unit, "period": str(period)}
            raw.fields["stage"] = self._stage(raw, row, stage)
            raw.fields["value"] = _value(row[j])
            raw.fields["as_of"] = self._as_of(row)
            self.raws.append(raw)

    def _stage(self, raw: Raw, row: Sequence[object], said: Stage | None) -> str:
        text = self._text(row, "stage")
        if text:
            stage = stage_word(text)
            if stage is None:
                self.problems.append(problem(self.name, raw, "stage", "sheet.stage_bad", v=text))
                return ""
            return stage.value
        stage = said or self.mapping.stage
        return stage.value if stage else ""

    def _as_of(self, row: Sequence[object]) -> object:
        j = self.columns.get("as_of")
        value = row[j] if j is not None and j < len(row) else None
        if isinstance(value, datetime | date):
            return value
        return str(_plain(value)).strip() if not _blank(value) else (self.mapping.as_of or "")


_FIELD = {"unit": "unit_code"}  # a role's chitieu field, where the names differ


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain(value: object) -> object:
    """A cell as written: 2021.0 is 2021."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _value(value: object) -> Any:
    """A number cell as the 15 digits a spreadsheet shows; text as written."""
    if isinstance(value, bool) or _blank(value):
        return "" if _blank(value) else str(value)
    if isinstance(value, float):
        return Decimal(format(value, ".15g"))
    if isinstance(value, int):
        return Decimal(value)
    return str(value).strip()
