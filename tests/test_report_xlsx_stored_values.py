"""The review workbook reads right everywhere: every formula is stored with its value.

Excel recomputes the formulas on opening; a viewer that does not (a phone's preview,
python-calamine, openpyxl's ``data_only``) shows the stored values. So each formula's
stored value must be what the formula gives, and what the engine computed.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from chitieu.figures.reading import read_figures
from chitieu.reports import build_review, render
from chitieu.targets.planfile import load_plan
from tests.reportkit import MIDTERM, NINE_MONTHS, core, first_table_row, review
from tests.xlsx_formulas import FormulaError, Workbook

PLAN = """\
schema_version: 1
id: thu
title: Nghị quyết thử
area: {code: "999", name: Huyện Thử}
baseline_year: 2020
start_year: 2021
end_year: 2025
targets:
- no: 1
  text: Tăng trưởng bình quân 8 – 8,5%/năm.
  metrics:
  - {id: growth, name: Tăng trưởng, unit: "%", kind: average_annual_growth, input: rate,
     comparator: range, low: "8", high: "8.5"}
- no: 2
  text: Vốn đầu tư cả giai đoạn 1.000 tỷ đồng.
  metrics:
  - {id: capital, name: Vốn đầu tư, unit: tỷ đồng, kind: cumulative_over_term,
     comparator: ">=", low: "1000"}
- no: 3
  text: Trồng rừng mỗi năm 500 ha; tai nạn giảm mỗi năm 5%.
  metrics:
  - {id: forest, name: Trồng rừng, unit: ha, kind: every_year, comparator: ">=", low: "500"}
  - {id: accidents, name: Tai nạn, unit: "%", kind: reduction_per_year, input: level,
     comparator: ">=", low: "5"}
"""
FIGURES = """\
metric,period,value,stage,as_of
growth,2021,10,official,2022-03-31
growth,2022,10,official,2023-03-31
capital,2021,100,official,2022-03-31
capital,2022,150,official,2023-03-31
forest,2021,520,official,2022-03-31
forest,2022,480,official,2023-03-31
accidents,2020,50,official,2021-03-31
accidents,2021,45,official,2022-03-31
accidents,2022,36,official,2023-03-31
"""


def _books(data: bytes) -> tuple[Workbook, openpyxl.Workbook]:
    """The workbook with its formulas (to compute them) and with its stored values."""
    formulas = Workbook(openpyxl.load_workbook(io.BytesIO(data)))
    return formulas, openpyxl.load_workbook(io.BytesIO(data), data_only=True)


def _computed(book: Workbook, sheet: str, cell: str) -> object:
    try:
        return book.value(sheet, cell)
    except FormulaError as exc:  # Excel shows the error code
        return str(exc).split(" ")[0]


def _agree(computed: object, stored: object) -> bool:
    if computed == "":
        return stored is None  # a formula showing nothing (IF(…,…,""))
    if isinstance(computed, float):
        if not isinstance(stored, int | float):
            return False
        return abs(computed - stored) <= 1e-9 * max(1.0, abs(computed))
    return computed == stored  # an error code such as "#N/A"


@pytest.mark.parametrize(
    "period, as_of, kind, lang",
    [
        (*MIDTERM, "midterm", "vi"),
        (*NINE_MONTHS, "review", "vi"),
        ("2021-H1", date(2021, 7, 20), "review", "vi"),  # no year yet: formulas give errors
        ("2025", None, "final", "en"),
    ],
)
def test_every_formula_is_stored_with_what_it_computes(period, as_of, kind, lang):
    formulas, stored = _books(render(review(period, as_of, kind, lang), "xlsx"))
    checked = 0
    for ws in formulas.wb.worksheets:
        for row in ws.iter_rows():
            for c in (c for c in row if c.data_type == "f"):
                value = stored[ws.title][c.coordinate].value
                computed = _computed(formulas, ws.title, c.coordinate)
                assert _agree(computed, value), (ws.title, c.coordinate, c.value, value)
                checked += 1
    assert checked > 150


def test_the_summary_stores_the_engine_s_values():
    layout = review(*MIDTERM, "midterm")
    _, stored = _books(render(layout, "xlsx"))
    summary = stored[stored.sheetnames[0]]
    keys = [c.key for c in layout.columns]
    engine = core(MIDTERM[1])
    first = first_table_row(summary, layout)
    seen = 0
    for i, row in enumerate(layout.rows):
        if row.heading or row.result is None or row.result.value is None:
            continue
        if row.result.metric.kind.value == "other":
            continue
        m = engine.metric_result(row.result.metric.id)
        cells = [summary.cell(first + i, k + 1).value for k in range(len(keys))]
        assert cells[keys.index("outcome")] == pytest.approx(float(m.value)), row.no
        f = m.forecast
        if f is not None and f.required is not None and f.method != "yearly_record":
            assert cells[keys.index("required")] == pytest.approx(float(f.required)), row.no
        seen += 1
    assert seen >= 25


@pytest.fixture
def small(tmp_path: Path) -> bytes:
    (tmp_path / "thu.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "thu.csv").write_text(FIGURES, encoding="utf-8")
    plan = load_plan(tmp_path / "thu.yaml")
    figures = read_figures(tmp_path / "thu.csv", plan)
    return render(build_review(plan, figures, "2022", kind="midterm"), "xlsx")


def _labelled(ws: openpyxl.worksheet.worksheet.Worksheet, label: str) -> list[object]:
    """The values in column B beside each row labelled ``label`` in column A."""
    return [ws[f"B{r}"].value for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == label]


def test_the_stored_values_are_the_hand_computed_ones(small: bytes):
    _, stored = _books(small)
    # (1,1 × 1,1)^(1/2) − 1 = 10%; 100 + 150; (520 + 480) / 2; ((50−45)/50 + (45−36)/45) / 2
    assert _labelled(stored["CT01"], "Tính từ các năm") == [pytest.approx(10.0)]
    assert _labelled(stored["CT02"], "Tính từ các năm") == [250]
    assert _labelled(stored["CT03"], "Tính từ các năm") == [500, 15]
    assert _labelled(stored["CT03"], "Số năm đạt") == [1, 2]
    factors = [stored["CT01"][f"F{r}"].value for r in range(1, 40)]
    assert [x for x in factors if isinstance(x, float)] == [pytest.approx(1.1)] * 2
    reductions = [stored["CT03"][f"F{r}"].value for r in range(1, 60)]
    assert [x for x in reductions if isinstance(x, float) and x > 1] == [10, 20]


def test_a_reader_that_does_not_compute_sees_the_numbers(small: bytes):
    sheet = CalamineWorkbook.from_object(io.BytesIO(small)).get_sheet_by_name("Tổng hợp")
    cells = [c for row in sheet.to_python() for c in row]
    assert Decimal("10") in [Decimal(str(c)) for c in cells if isinstance(c, float)]
    assert 250 in cells and 500 in cells and 15 in cells
