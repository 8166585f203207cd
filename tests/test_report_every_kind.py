"""Every kind of measure goes through the three formats, and the workbook's formulas give
what the core computes for it: growth from rates and from levels, totals, levels counted
from units, ceilings, points, every-year and reduction targets, a person's assessment."""

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from chitieu.figures.model import Figure
from chitieu.reports import ReviewData, build_review, render
from tests.helpers import fig, make_plan, yearly
from tests.reportkit import first_table_row, judgement, open_docx
from tests.xlsx_formulas import Workbook

MEASURES = [
    {"id": "rate", "kind": "average_annual_growth", "input": "rate", "comparator": ">=",
     "low": "7"},
    {"id": "level", "kind": "average_annual_growth", "input": "level", "comparator": ">=",
     "low": "6", "unit": "tỷ đồng", "baseline": {"year": 2020, "value": "100"}},
    {"id": "total", "kind": "cumulative_over_term", "comparator": ">=", "low": "500",
     "unit": "ha"},
    {"id": "count", "kind": "count_of_units", "comparator": ">=", "low": "3", "unit": "xã",
     "decimals": 0},
    {"id": "ceiling", "kind": "level_at_end", "comparator": "<", "high": "3"},
    {"id": "point", "kind": "level_at_end", "comparator": "=", "low": "100",
     "direction": "higher_is_better"},
    {"id": "yearly", "kind": "every_year", "comparator": ">=", "low": "90"},
    {"id": "fall", "kind": "reduction_per_year", "input": "level", "comparator": ">=",
     "low": "5", "baseline": {"year": 2020, "value": "200"}},
    {"id": "person", "kind": "other",
     "manual": {"status": "achieved", "reason": "Hoàn thành", "by": "Ban Tổ chức"}},
]  # fmt: skip


def _figures() -> list[Figure]:
    out = yearly("rate", {2021: "6.5", 2022: "7.2"})
    out += yearly("level", {2021: "104", 2022: "109"})
    out += yearly("total", {2021: "90", 2022: "110"})
    out += [fig("count", "2021", "1", unit=u) for u in ("20001", "20002")]
    out += [fig("count", "2022", v, unit=u) for u, v in (("20001", "1"), ("20002", "0"))]
    out += yearly("ceiling", {2021: "4.1", 2022: "3.6"})
    out += yearly("point", {2021: "96", 2022: "98.5"})
    out += yearly("yearly", {2021: "91", 2022: "89.5"})
    out += yearly("fall", {2021: "188", 2022: "180"})
    out.append(fig("rate", "2023-H1", "6.8", stage="estimate", as_of="2023-07-10"))
    return out


@pytest.fixture(scope="module")
def review() -> ReviewData:
    plan = make_plan(*MEASURES)
    return build_review(plan, _figures(), "2023-H1", date(2023, 7, 15), "midterm")


def test_it_writes_every_kind_in_every_format(review: ReviewData):
    doc = open_docx(render(review, "docx"))
    assert len(doc.tables[1].rows) == 2 + len(MEASURES)
    assert judgement(doc)[0].startswith(review.result.headline("vi"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render(review, "pdf"))).pages)
    assert review.result.headline("vi") in " ".join(text.split())


def test_the_workbook_formulas_agree_with_the_core_for_every_kind(review: ReviewData):
    book = Workbook(openpyxl.load_workbook(io.BytesIO(render(review, "xlsx"))))
    keys = [c.key for c in review.columns]
    first = first_table_row(book.wb["Tổng hợp"], review)
    checked = []

    def cell(key: str) -> str:
        return f"{get_column_letter(keys.index(key) + 1)}{line}"

    for i, row in enumerate(review.rows):
        m = row.result
        assert m is not None
        line = first + i
        if m.value is not None and m.metric.kind.value != "other":
            assert abs(book.value("Tổng hợp", cell("outcome")) - float(m.value)) < 1e-9, row.no
            checked.append(row.no)
        if row.ratio is not None:
            assert abs(book.value("Tổng hợp", cell("ratio")) - float(row.ratio)) < 1e-9
        f = m.forecast
        if f and f.required is not None and f.method not in ("yearly_record", "already_met"):
            got = book.value("Tổng hợp", cell("required"))
            assert abs(got - float(f.required)) < 1e-9 * max(1, abs(float(f.required))), row.no
    assert len(checked) == len(MEASURES) - 1


def test_a_count_of_units_is_counted_in_the_sheet_too(review: ReviewData):
    count = next(r for r in review.rows if r.result and r.result.metric.id == "count")
    assert count.result is not None and count.result.value == Decimal(1)
    assert [s.value for s in count.years] == [Decimal(2), Decimal(1)]
