"""A unit's reply as the comments table (.xlsx), read all or nothing.

The table has a heading row with at least the columns "Phần/mục/đoạn" (the part's
reference or key) and "Ý kiến" (the comment); "Loại ý kiến" (the kind: agree, wording,
target_value, other, or their Vietnamese names), "Đề nghị sửa thành" (the proposed text)
and "Giá trị đề nghị" (the proposed value) may follow, in any order, with the English
names (part, kind, comment, proposed text, proposed value) too; other columns (the
draft's text beside the reference) are left alone. Above the heading row, a row
"Đơn vị | <name>" names the unit. A row with an empty reference is a general comment on
the draft; a row with nothing but a reference is a part the unit left alone.

The workbook is measured before calamine reads it (:mod:`chitieu.workbooks`); every
problem is named by its sheet and cell, and one problem refuses the whole reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from chitieu.consultation.draft import Draft, fold
from chitieu.consultation.entry import EntryError, Fields, entered_comment
from chitieu.consultation.kinds import plain
from chitieu.consultation.model import MAX_COMMENTS, Comment, Reply
from chitieu.problems import InputError, Problem
from chitieu.vnnumbers import NumberFormatError, check_storable, spreadsheet_number
from chitieu.workbooks import Extent, WorkbookRefused, column_letters, inspect, sheet_rows

SHEETS = ["ý kiến", "y kien", "góp ý", "comments"]
HEADINGS = {
    "ref": ("phần/mục/đoạn", "phần, mục, đoạn", "tham chiếu", "vị trí", "part", "ref"),
    "kind": ("loại ý kiến", "loại", "kind"),
    "comment": ("ý kiến", "nội dung ý kiến", "comment"),
    "proposed_text": ("đề nghị sửa thành", "câu chữ đề nghị", "proposed text"),
    "proposed_value": ("giá trị đề nghị", "đề nghị giá trị", "proposed value"),
}
UNIT_LABELS = ("đơn vị", "unit")
COLUMN_OF = {"ref": "ref", "text": "comment", "kind": "kind"}
COLUMN_OF |= {"proposed_text": "proposed_text", "proposed_value": "proposed_value"}
HEADING_ROWS = 20  # the heading row is among the first rows
EXTENT = Extent(MAX_COMMENTS)

Rows = Sequence[Sequence[Any]]


def xlsx_rows(data: bytes, name: str) -> tuple[str, Rows]:
    """The comments sheet's rows (the sheet named "Ý kiến" or "Comments", else the first
    one), once the workbook is measured; :class:`InputError` naming ``name`` otherwise.
    The web pages run this in a bounded child process."""
    try:
        inspect(data, EXTENT)
        found, names, rows = sheet_rows(data, SHEETS, EXTENT)
        if found is None and names:
            found, names, rows = sheet_rows(data, [names[0].strip().casefold()], EXTENT)
    except WorkbookRefused as exc:
        raise InputError([_refused(exc, name)]) from None
    if found is None:
        raise InputError([Problem(name, "consult.xlsx")])
    return found, rows


def _refused(exc: WorkbookRefused, name: str) -> Problem:
    if exc.code == "zip" and exc.params["reason"].code != "zip.not_zip":
        return Problem(name, "consult.xlsx_refused", {"reason": exc.params["reason"]})
    if exc.code in ("extent", "cells", "strings"):
        limits = {"rows": Decimal(EXTENT.rows), "columns": Decimal(50)}
        return Problem(name, "consult.xlsx_large", limits)
    return Problem(name, "consult.xlsx")


def xlsx_reply(data: bytes, name: str, draft: Draft, unit: str | None = None) -> Reply:
    """The comments of a filled comments table (the file's bytes) on ``draft``."""
    sheet, rows = xlsx_rows(data, name)
    return table_reply(rows, sheet, name, draft, unit)


def table_reply(rows: Rows, sheet: str, name: str, draft: Draft, unit: str | None) -> Reply:
    """The comments in a table's ``rows`` (from A1); all of them, or an InputError."""
    head = _heading_row(rows)
    if head is None:
        raise InputError([Problem(name, "consult.xlsx_columns", sheet=sheet)])
    at, columns = head
    who = plain(unit or _unit_named(rows[:at]))
    problems = [] if who else [Problem(name, "consult.no_unit", sheet=sheet)]
    comments: list[Comment] = []
    for r in range(at + 1, len(rows)):
        cells = {key: _text(rows[r], c) for key, c in columns.items()}
        if not any(v for k, v in cells.items() if k != "ref"):
            continue  # a part the unit left alone, or an empty row
        number = _number(rows[r], columns.get("proposed_value"))
        fields = Fields(
            ref=cells.get("ref", ""),
            text=cells.get("comment", ""),
            kind=cells.get("kind", ""),
            proposed_text=cells.get("proposed_text", ""),
            proposed_value=number if number is not None else cells.get("proposed_value", ""),
        )
        try:
            comments.append(entered_comment(f"{name}#{len(comments) + 1}", who, fields, draft))
        except EntryError as exc:
            cell = f"{column_letters(columns[COLUMN_OF[exc.field]] + 1)}{r + 1}"
            problems.append(Problem.of(name, exc, sheet=sheet, cell=cell))
    if problems:
        raise InputError(problems)
    placed = tuple(c for c in comments if c.part is not None)
    general = tuple(c for c in comments if c.part is None)
    return Reply(who, name, draft.version, placed, (), general)


def _heading_row(rows: Rows) -> tuple[int, dict[str, int]] | None:
    """The first row naming the reference and comment columns, and where each column is."""
    for r, row in enumerate(rows[:HEADING_ROWS]):
        columns: dict[str, int] = {}
        for c, value in enumerate(row):
            label = fold(str(value or "")).rstrip(" *")
            key = next((k for k, names in HEADINGS.items() if label in names), None)
            if key is not None:
                columns.setdefault(key, c)
        if "ref" in columns and "comment" in columns:
            return r, columns
    return None


def _unit_named(rows: Rows) -> str:
    for row in rows:
        cells = [str(v).strip() for v in row if str(v or "").strip()]
        if len(cells) >= 2 and fold(cells[0]) in UNIT_LABELS:
            return cells[1]
    return ""


def _number(row: Sequence[Any], column: int | None) -> Decimal | None:
    """A number cell's exact value (as Excel shows it), None for any other cell."""
    value = row[column] if column is not None and column < len(row) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return check_storable(spreadsheet_number(float(value)))
    except NumberFormatError:
        return None


def _text(row: Sequence[Any], column: int) -> str:
    """A cell as text: a number as it reads (7.5), a text with its spaces folded."""
    value = row[column] if column < len(row) else None
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        try:
            return format(check_storable(spreadsheet_number(float(value))).normalize(), "f")
        except NumberFormatError:
            return str(value)
    return plain(str(value))


TEMPLATE_HEADINGS = {
    "vi": (
        "Phần/mục/đoạn",
        "Nội dung dự thảo",
        "Loại ý kiến",
        "Ý kiến",
        "Đề nghị sửa thành",
        "Giá trị đề nghị",
    ),
    "en": ("Part", "Draft text", "Kind", "Comment", "Proposed text", "Proposed value"),
}


def comments_template(draft: Draft, lang: str = "vi") -> bytes:
    """The comments table a unit fills: its unit row, the headings, and one row per part
    with its reference and text; the unit writes in the last four columns."""
    from chitieu.reports.xlsxbook import Book

    book = Book()
    sheet = book.sheet("Ý kiến" if lang == "vi" else "Comments")
    sheet.put("A1", UNIT_LABELS[0].capitalize() if lang == "vi" else "Unit", bold=True)
    headings = TEMPLATE_HEADINGS["vi" if lang == "vi" else "en"]
    for c, heading in enumerate(headings, start=1):
        sheet.put(f"{column_letters(c)}3", heading, bold=True)
    for r, part in enumerate(draft.parts, start=4):
        sheet.put(f"A{r}", part.ref_in(lang))
        sheet.put(f"B{r}", part.text, text_wrap=True)
    for c, width in enumerate((28, 60, 18, 40, 40, 14)):
        sheet.ws.set_column(c, c, width)
    sheet.ws.freeze_panes(3, 0)
    return book.close()
