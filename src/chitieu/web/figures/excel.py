"""The Excel template of an agency's report and reading it back.

The template is one sheet: a header block saying which plan, agency and period it is for
(their codes sit in the hidden column B, so a file is never loaded into the wrong report),
then one row per measure and unit. Only the report date, the value, the stage and the
note can be edited. An upload is read with calamine and checked as a whole: every problem
is named by sheet, row and cell, and nothing is saved unless all is well.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from chitieu.figures.cells import xlsx_text
from chitieu.figures.periods import Period
from chitieu.figures.reading import parse_date
from chitieu.vnnumbers import format_vi
from chitieu.web.figures.checks import report_date_problems
from chitieu.web.figures.errors import EntryError, EntryProblem, Place
from chitieu.web.figures.lines import Line, figure_number, previous_text
from chitieu.web.figures.opening import open_sheet
from chitieu.web.figures.services import (
    ENTRY_STAGES,
    RawEntry,
    check_entries,
    current_submission,
    stage_label,
)
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan
from chitieu.web.uploads import max_rows

HEADER_ROW = 6  # the column headings; the header block is above, data below
COLUMNS = ("no", "key", "unit_code", "name", "unit", "goal", "previous", "value", "stage", "note")
EDITABLE = ("value", "stage", "note")
REQUIRED = ("key", "unit_code", "value", "stage")
BLOCK = ("plan", "agency", "period", "as_of")  # header block rows 1-4, in this order
LANGS = ("vi", "en")

CellValue = str | int | float | Decimal | date | None
Rows = Sequence[Sequence[object]]


def sheet_name() -> str:
    return _("Figures")


def _headings() -> dict[str, str]:
    return {
        "no": _("No."),
        "key": _("Measure identifier"),
        "unit_code": _("Unit code"),
        "name": _("Measure"),
        "unit": _("Unit of measure"),
        "goal": _("Resolution target"),
        "previous": _("Previous approved value"),
        "value": _("Value for this period"),
        "stage": _("Stage (estimate, preliminary, official)"),
        "note": _("Note"),
    }


def _block_labels() -> dict[str, str]:
    return {
        "plan": _("Resolution"),
        "agency": _("Agency"),
        "period": _("Reporting period"),
        "as_of": _("Report date (d/m/yyyy)"),
    }


def _in_every_language(make: Any) -> list[dict[str, str]]:
    out = []
    for lang in LANGS:
        with translation.override(lang):
            out.append(make())
    return out


def _norm(value: object) -> str:
    return str(value).strip().rstrip(":").strip().casefold()


# ---------------------------------------------------------------- writing


BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="EEF2F6")  # the headings
FILL_ME = PatternFill("solid", fgColor="FFF7D6")  # the cells the reporter writes in
UNLOCKED = Protection(locked=False)
LAST = get_column_letter(len(COLUMNS))
LETTER = {key: get_column_letter(i) for i, key in enumerate(COLUMNS, start=1)}
WIDTHS = {"no": 5, "key": 4, "unit_code": 9, "name": 45, "unit": 11, "goal": 16}
WIDTHS |= {"previous": 26, "value": 16, "stage": 14, "note": 30}


def template(
    plan: Plan, agency: Agency, period: Period, lines: list[Line], as_of: date, lang: str
) -> bytes:
    """The workbook an agency fills for the period (in the page's language)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_name()
    _write_block(ws, plan, agency, period, as_of, lang)
    _write_note(ws)
    headings = _headings()
    for col, key in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, col, headings[key])
        cell.font = BOLD
        cell.fill = GREY
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    lang_stages = {s.value: stage_label(s) for s in ENTRY_STAGES}
    for i, line in enumerate(lines, start=1):
        _write_line(ws, i, line, lang, lang_stages)
    _add_validations(ws, HEADER_ROW + max(len(lines), 1), list(lang_stages.values()))
    _protect(ws)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _write_block(
    ws: Worksheet, plan: Plan, agency: Agency, period: Period, as_of: date, lang: str
) -> None:
    """Rows 1-4: the plan, the agency and the period (codes in column B, read back; names
    in D), and the report date, which the reporter may change."""
    labels = _block_labels()
    codes = {"plan": plan.slug, "agency": agency.code, "period": str(period)}
    shown: dict[str, CellValue] = {
        "plan": plan.title,
        "agency": agency.name,
        "period": period.label(lang),
        "as_of": as_of,
    }
    for row, key in enumerate(BLOCK, start=1):
        ws.cell(row, 1, labels[key]).font = BOLD
        if key in codes:
            ws.cell(row, 2, codes[key])
        cell = ws.cell(row, 4, shown[key])
        ws.merge_cells(f"D{row}:{LAST}{row}")
        if key == "as_of":
            cell.number_format = "d/m/yyyy"
            cell.protection = UNLOCKED
            cell.fill = FILL_ME
            cell.alignment = Alignment(horizontal="left")


def _write_note(ws: Worksheet) -> None:
    """Row 5: how to fill the sheet."""
    note = ws.cell(
        5,
        1,
        _(
            "Write each value as a number (4500000 or 72,5), without units or words, in the "
            "column “%(col)s”; choose the stage of each value from the list. A value left "
            "empty removes the draft's value. Do not change the other columns, and do not "
            "add or delete rows."
        )
        % {"col": _headings()["value"]},
    )
    note.alignment = Alignment(wrap_text=True, vertical="top")
    note.font = Font(italic=True)
    ws.merge_cells(f"A5:{LAST}5")
    ws.row_dimensions[5].height = 45


def _write_line(ws: Worksheet, i: int, line: Line, lang: str, stages: dict[str, str]) -> None:
    """The ``i``-th measure × unit row: what it is, its goal and previous value, and the
    draft's value, stage and note to fill in."""
    values: dict[str, CellValue] = {
        "no": i,
        "key": line.measure.key,
        "unit_code": line.unit_code,
        "name": f"({line.measure.target.no}) {line.label}",
        "unit": line.measure.unit,
        "goal": line.goal,
        "previous": previous_text(line.previous[0], lang) if line.previous else "",
        "value": figure_number(line.figure) if line.figure is not None else None,
        "stage": stages.get(line.stage, ""),  # chosen by the reporter, never preset
        "note": line.note,
    }
    for col, key in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW + i, col, values[key])
        cell.alignment = Alignment(wrap_text=key in ("name", "goal", "note"), vertical="top")
        if key in EDITABLE:
            cell.protection = UNLOCKED
            cell.fill = FILL_ME
        if key == "unit_code":
            cell.number_format = "@"  # a code, not a number: "01" stays "01"


def _add_validations(ws: Worksheet, end: int, stage_labels: list[str]) -> None:
    """Excel's own checks on the rows down to ``end``: a stage from the list, a number."""
    first = HEADER_ROW + 1
    stages = DataValidation(
        type="list",
        formula1='"' + ",".join(stage_labels) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Stage"),
        error=_("Choose estimate, preliminary or official."),
    )
    stages.add(f"{LETTER['stage']}{first}:{LETTER['stage']}{end}")
    numbers = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1000000000000000",
        formula2="1000000000000000",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Value"),
        error=_("Write a number, without units or words."),
    )
    numbers.add(f"{LETTER['value']}{first}:{LETTER['value']}{end}")
    ws.add_data_validation(stages)
    ws.add_data_validation(numbers)


def _protect(ws: Worksheet) -> None:
    """Widths, the frozen headings, the sheet protected, and every cell kept as text."""
    for key, width in WIDTHS.items():
        ws.column_dimensions[LETTER[key]].width = width
    ws.column_dimensions[LETTER["key"]].hidden = True  # a helper for reading the file back
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.protection.sheet = True  # no password: it guards against slips, not people
    ws.protection.formatColumns = False  # widening a column is fine
    # The template computes nothing: a note typed as "=…" by a reporter, or a plan title,
    # is text in the planning office's copy too.
    for cells in ws.iter_rows():
        for written in cells:
            xlsx_text(written)


# ---------------------------------------------------------------- reading


@dataclass
class Upload:
    """What an uploaded template holds: the rows to save and the report date."""

    rows: list[RawEntry]
    as_of: date | None


def _cell_value(value: object) -> object:
    """A spreadsheet number as written: 65.0 is 65, so it is not saved with a decimal.

    Past 2**53 a float is no exact integer (1e25 is not 10**25): it stays a float, read
    as the 15 digits Excel shows (checks.parse_value)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def _text(value: object) -> str:
    value = _cell_value(value)
    return "" if value is None else str(value)


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value))


def _stages() -> dict[str, str]:
    """Every way a stage may be written (either language, or its code) → its code."""
    out = {s.value: s.value for s in ENTRY_STAGES}
    for labels in _in_every_language(lambda: {s.value: stage_label(s) for s in ENTRY_STAGES}):
        out |= {label.casefold(): code for code, label in labels.items()}
    return out


def digest(file: Any) -> str:
    """The uploaded file's SHA-256: a confirmation of its warnings holds for it alone."""
    sha = hashlib.sha256()
    for chunk in file.chunks():
        sha.update(chunk)
    file.seek(0)
    return sha.hexdigest()


def _open(file: IO[bytes], name: str) -> tuple[str, Rows]:
    """The template's sheet as rows from A1, or an :class:`EntryError` saying why not."""
    names = [d["s"].casefold() for d in _in_every_language(lambda: {"s": sheet_name()})]
    return open_sheet(file, name, names, sheet_name())


def _find_headings(sheet: str, rows: Rows) -> tuple[int, dict[str, int]]:
    """The heading row (0-based) and each known column's index."""
    known: dict[str, str] = {}
    for headings in _in_every_language(_headings):
        known |= {_norm(text): key for key, text in headings.items()}
    known |= {key: key for key in COLUMNS}
    first = {_norm(h) for h in (d["no"] for d in _in_every_language(_headings))}
    for i, row in enumerate(rows[:30]):
        if row and _norm(row[0]) in first:
            columns: dict[str, int] = {}
            for j, text in enumerate(row):
                key = known.get(_norm(text))
                if key and key not in columns:
                    columns[key] = j
            missing = [k for k in REQUIRED if k not in columns]
            if missing:
                names = ", ".join(f"“{_headings()[k]}”" for k in missing)
                raise EntryError(
                    [
                        EntryProblem(
                            Place(sheet=sheet, row=i + 1),
                            _("columns missing: %(names)s") % {"names": names},
                        )
                    ]
                )
            return i, columns
    raise EntryError(
        [
            EntryProblem(
                Place(sheet=sheet),
                _("no heading row (a row starting with “%(no)s”): use the template")
                % {"no": _headings()["no"]},
            )
        ]
    )


def _check_block(
    sheet: str,
    rows: Rows,
    header: int,
    expected: dict[str, str],
    problems: list[EntryProblem],
) -> date | None:
    """Check the header block names this plan, agency and period; return the report date."""
    labels: dict[str, str] = {}
    for block in _in_every_language(_block_labels):
        labels |= {_norm(text): key for key, text in block.items()}
    found: dict[str, int] = {}
    for i, row in enumerate(rows[:header]):
        key = labels.get(_norm(row[0])) if row else None
        if key and key not in found:
            found[key] = i

    def place(key: str, col: str) -> Place:
        i = found.get(key)
        return (
            Place(sheet=sheet, row=i + 1, cell=f"{col}{i + 1}")
            if i is not None
            else Place(sheet=sheet)
        )

    def value(key: str, col: int) -> object:
        i = found.get(key)
        return _cell_value(rows[i][col]) if i is not None and col < len(rows[i]) else ""

    for key, want in expected.items():
        have = _text(value(key, 1))
        if have != want:
            problems.append(
                EntryProblem(
                    place(key, "B"),
                    _(
                        "this file is for %(what)s “%(have)s”, not “%(want)s”: "
                        "download the template from this page"
                    )
                    % {"what": _block_labels()[key].casefold(), "have": have or "–", "want": want},
                )
            )
    raw = value("as_of", 3)
    if raw in ("", None):
        return None
    try:
        as_of = _date(raw)
    except ValueError:
        problems.append(
            EntryProblem(
                place("as_of", "D"),
                _("“%(v)s” is not a date (write it as 25/9/2020)") % {"v": raw},
            )
        )
        return None
    problems += report_date_problems(as_of, place=place("as_of", "D"))
    return as_of


def read_upload(file: IO[bytes], name: str, plan: Plan, agency: Agency, period: Period) -> Upload:
    """Read a filled template; raise one :class:`EntryError` listing every problem."""
    sheet, rows = _open(file, name)
    header, columns = _find_headings(sheet, rows)
    problems: list[EntryProblem] = []
    expected = {"plan": plan.slug, "agency": agency.code, "period": str(period)}
    as_of = _check_block(sheet, rows, header, expected, problems)
    out = _entries(sheet, rows, header, columns, problems)
    if len(out) > max_rows():
        message = _(
            "the sheet has %(n)s rows of figures: one upload takes at most %(max)s; "
            "split it into several files"
        ) % {"n": format_vi(Decimal(len(out))), "max": format_vi(Decimal(max_rows()))}
        raise EntryError([EntryProblem(Place(sheet=sheet), message)])
    # An empty value cell removes the draft's value: a file of empty cells is a change only
    # when the draft has values to remove.
    if not any(r.value not in ("", None) for r in out) and not problems:
        draft = current_submission(plan, agency, period)
        if draft is None or not draft.is_editable or not draft.figures.exists():
            problems.append(EntryProblem(Place(sheet=sheet), _("the file has no values to save")))
    if problems:
        try:
            check_entries(plan, agency, period, out)
        except EntryError as more:
            problems += more.problems
        raise EntryError(problems)
    return Upload(out, as_of)


def _entries(
    sheet: str, rows: Rows, header: int, columns: dict[str, int], problems: list[EntryProblem]
) -> list[RawEntry]:
    """The rows of figures under the headings, as written; a row of a value without its
    measure goes into ``problems``."""
    stages = _stages()

    def cell(row: Sequence[object], key: str) -> object:
        j = columns.get(key)
        return _cell_value(row[j]) if j is not None and j < len(row) else ""

    def at(n: int, key: str) -> Place:
        return Place(sheet=sheet, row=n, cell=f"{get_column_letter(columns[key] + 1)}{n}")

    out: list[RawEntry] = []
    for i, row in enumerate(rows[header + 1 :], start=header + 2):
        key, unit = _text(cell(row, "key")), _text(cell(row, "unit_code"))
        value, stage_text, note = (
            cell(row, "value"),
            _text(cell(row, "stage")),
            _text(cell(row, "note")),
        )
        if not key and not unit and value in ("", None) and not stage_text and not note:
            continue  # an empty row, or a row of text under the table
        if not key:
            if value not in ("", None):
                problems.append(EntryProblem(at(i, "key"), _("the row has no measure identifier")))
            continue
        # An unknown stage goes on as written, for the checks to refuse at its cell.
        stage = stages.get(stage_text.casefold(), stage_text)
        out.append(
            RawEntry(
                place=at(i, "key"),
                measure_key=key,
                unit_code=unit,
                value=value,
                stage=stage,
                note=note,
                value_place=at(i, "value"),
                stage_place=at(i, "stage"),
            )
        )
    return out
