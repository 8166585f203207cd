"""The workbook: a summary sheet and a sheet per target whose numbers are Excel formulas
over the series, and whose formulas give what the core evaluation computes."""

import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from chitieu.reports import ReviewData
from tests.reportkit import MIDTERM, core, plan, review, run_report
from tests.xlsx_formulas import Workbook

PERIOD, AS_OF = MIDTERM
SUMMARY = "Tổng hợp"
# the table's first row: under the header block (4 rows and a blank one), the title
# (4 lines), the note and a blank row, and the two rows of column titles
FIRST_ROW = 5 + 4 + 2 + 2 + 1


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx") / "giua-ky.xlsx"
    code, err = run_report(
        "--period", PERIOD, "--as-of", AS_OF.isoformat(), "--kind", "midterm", "-o", str(out)
    )
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def layout() -> ReviewData:
    return review(PERIOD, AS_OF, "midterm")


@pytest.fixture(scope="module")
def book(path: Path) -> Workbook:
    return Workbook(openpyxl.load_workbook(path))


def _cell(layout: ReviewData, no: str, key: str) -> str:
    """The summary cell of measure ``no`` in column ``key``."""
    line = FIRST_ROW + next(i for i, r in enumerate(layout.rows) if r.no == no)
    column = next(i for i, c in enumerate(layout.columns, start=1) if c.key == key)
    return f"{get_column_letter(column)}{line}"


def _close(a: float, b: Decimal, tol: float = 1e-9) -> bool:
    return abs(a - float(b)) <= tol * max(1.0, abs(float(b)))


def test_it_has_a_summary_and_a_sheet_per_target(book: Workbook):
    expected = [SUMMARY] + [f"CT{t.no:02d}" for t in plan().targets]
    assert book.wb.sheetnames == expected
    assert book.wb[SUMMARY][f"A{FIRST_ROW - 2}"].value == "STT"
    assert book.wb[SUMMARY][f"A{FIRST_ROW}"].value == "1"


def test_it_computes_the_compound_average_with_a_formula(book: Workbook):
    grdp = core(AS_OF).metric_result("grdp-growth")
    assert grdp.computed is not None and grdp.value is not None
    ws = book.wb["CT01"]
    labels = {ws[f"A{r}"].value: r for r in range(1, ws.max_row + 1)}
    computed = f"B{labels['Tính từ các năm']}"
    formula = book.formula("CT01", computed)
    assert "PRODUCT(" in formula and "COUNT(" in formula
    assert _close(book.value("CT01", computed), grdp.computed)
    factors = [
        r for r in range(1, ws.max_row + 1) if str(ws[f"F{r}"].value).startswith("=IF(ISNUMBER")
    ]
    assert len(factors) == len(plan().term_years)  # one per year, the empty ones ready
    outcome = f"B{labels['Kết quả đánh giá']}"
    assert book.value("CT01", outcome) == float(grdp.value)


def test_every_number_of_the_summary_is_a_reference_to_a_target_sheet(
    book: Workbook, layout: ReviewData
):
    for row in layout.rows:
        if row.heading or row.result is None or row.result.metric.kind.value == "other":
            continue
        for key in ("year:2021", "year:2022", "current", "outcome"):
            shown = row.outcome if key == "outcome" else None
            if key.startswith("year:"):
                shown = row.years[layout.years.index(int(key[5:]))]
            elif key == "current":
                shown = row.current
            assert shown is not None
            if shown.value is None:
                continue
            cell = _cell(layout, row.no, key)
            assert book.formula(SUMMARY, cell).startswith("='CT"), (row.no, key)
            assert _close(book.value(SUMMARY, cell), shown.value), (row.no, key)


def test_it_computes_the_percentage_of_the_target_with_a_formula(
    book: Workbook, layout: ReviewData
):
    result = core(AS_OF)
    for no, metric in (
        ("13", "trained-labour"),
        ("8", "new-rural-communes"),
        ("7", "social-investment"),
    ):
        m = result.metric_result(metric)
        assert m.value is not None and m.metric.low is not None
        cell = _cell(layout, no, "ratio")
        assert _close(book.value(SUMMARY, cell), m.value / m.metric.low * 100)


def test_it_computes_what_the_remaining_years_need_with_formulas(
    book: Workbook, layout: ReviewData
):
    checked = 0
    for row in layout.rows:
        m = row.result
        if row.heading or m is None or m.forecast is None or m.forecast.required is None:
            continue
        if m.forecast.method in ("yearly_record", "already_met"):
            continue
        cell = _cell(layout, row.no, "required")
        assert book.formula(SUMMARY, cell).startswith("='CT")
        assert _close(book.value(SUMMARY, cell), m.forecast.required, 1e-9), row.no
        checked += 1
    assert checked >= 10  # growth rates, totals and levels alike


def test_it_marks_estimates_in_the_number_format(path: Path, layout: ReviewData):
    ws = openpyxl.load_workbook(path)[SUMMARY]
    marked = [
        r.no
        for r in layout.rows
        if not r.heading and any("ước" in s.mark("vi") for s in [*r.years, r.current])
    ]
    for no in marked:
        row = next(r for r in layout.rows if r.no == no)
        keys = [f"year:{y}" for y in layout.years] + ["current"]
        shown = [*row.years, row.current]
        for key, s in zip(keys, shown, strict=True):
            if "ước" in s.mark("vi"):
                assert '"(ước)"' in ws[_cell(layout, no, key)].number_format


def test_a_reader_without_formulas_still_sees_the_table(path: Path):
    sheet = CalamineWorkbook.from_object(io.BytesIO(path.read_bytes())).get_sheet_by_name(SUMMARY)
    cells = [str(c) for row in sheet.to_python() for c in row]
    assert "Mục tiêu Nghị quyết" in cells and "Tỷ lệ lao động qua đào tạo" in cells
