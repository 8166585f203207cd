"""A review document carries the header of the body the plan belongs to.

A Party committee's report (Hướng dẫn 36-HD/VPTW): "ĐẢNG BỘ TỈNH LẠNG SƠN" over "TỈNH ỦY"
in bold, a "*", "Số …-BC/TU" on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined on the right.
A people's committee's report (Decree 30/2020): the body, "Số: …/BC-UBND", the national
motto. The bundled Lạng Sơn XVII plan is a Party congress resolution. Read back from the
.docx, the .pdf and the .xlsx alike.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from chitieu.problems import InputError
from chitieu.reports import ReviewData, build_review, render
from chitieu.targets.model import BodyKind, IssuingBody, Plan
from chitieu.targets.planfile import plan_from_data, plan_to_data
from tests.reportkit import figures, open_docx, plan, run_report

BLANK = "\u00a0" * 8
PARTY_LEFT = ["ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "*", f"Số {BLANK}-BC/TU"]
STATE = IssuingBody(BodyKind.STATE, "Ủy ban nhân dân\ntỉnh Lạng Sơn", code="UBND")
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DATELINE = "Lạng Sơn, ngày 05 tháng 01 năm 2024"


def _review(the_plan: Plan, **kw: Any) -> ReviewData:
    return build_review(the_plan, figures(), "2023", date(2024, 1, 5), **kw)


def _cells(data: bytes) -> tuple[Any, Any]:
    """The header block's left and right cells of a .docx."""
    left, right = open_docx(data).tables[0].rows[0].cells
    return left, right


def _lines(cell: Any) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def test_the_bundled_plan_belongs_to_the_provincial_party_committee():
    assert plan().issuing_body == IssuingBody(
        BodyKind.PARTY, "Tỉnh ủy", parent="Đảng bộ tỉnh Lạng Sơn", code="TU"
    )


def test_a_party_report_in_word_has_the_party_header():
    left, right = _cells(render(_review(plan()), "docx"))
    assert _lines(left) == PARTY_LEFT
    bold = {run.text: run.bold for p in left.paragraphs for run in p.runs}
    assert bold["TỈNH ỦY"] is True and not bold["ĐẢNG BỘ TỈNH LẠNG SƠN"]
    assert _lines(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM", DATELINE]
    heading = right.paragraphs[0].runs[0]
    assert heading.bold and heading.underline and heading.font.size.pt == 15
    assert right.paragraphs[1].runs[0].italic


def test_a_party_report_in_pdf_has_the_party_header():
    text = PdfReader(io.BytesIO(render(_review(plan()), "pdf"))).pages[0].extract_text()
    for line in ["ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY", "-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM"]:
        assert line in text
    assert DATELINE in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" not in text and "Số:" not in text


def test_a_party_report_in_excel_has_the_party_header():
    ws = openpyxl.load_workbook(io.BytesIO(render(_review(plan()), "xlsx"))).worksheets[0]
    assert [ws[f"A{r}"].value for r in range(1, 5)] == PARTY_LEFT
    assert [ws[f"D{r}"].value for r in range(1, 3)] == ["ĐẢNG CỘNG SẢN VIỆT NAM", DATELINE]
    assert ws["A2"].font.b and not ws["A1"].font.b and ws["D1"].font.u == "single"


def test_a_people_s_committee_report_has_the_state_header():
    state = replace(plan(), issuing_body=STATE)
    left, right = _cells(render(_review(state), "docx"))
    assert _lines(left)[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert _lines(left)[-1] == f"Số: {BLANK}/BC-UBND"
    assert _lines(right)[:2] == MOTTO and _lines(right)[-1] == DATELINE
    text = PdfReader(io.BytesIO(render(_review(state), "pdf"))).pages[0].extract_text()
    assert all(line in text for line in MOTTO) and "ĐẢNG CỘNG SẢN" not in text
    ws = openpyxl.load_workbook(io.BytesIO(render(_review(state), "xlsx"))).worksheets[0]
    assert [ws[f"D{r}"].value for r in range(1, 4)] == [*MOTTO, DATELINE]


def test_a_plan_that_names_no_body_keeps_the_area_and_the_state_format():
    left, right = _cells(render(_review(replace(plan(), issuing_body=None)), "docx"))
    lines = _lines(left)
    assert [lines[0], lines[-1]] == ["TỈNH LẠNG SƠN", f"Số: {BLANK}/BC"]  # a rule between
    assert _lines(right)[:2] == MOTTO


@pytest.mark.parametrize(
    "body, number, expected",
    [
        (None, "125", "Số 125-BC/TU"),  # the bundled plan's Party committee
        (None, "9-BC/TU", "Số 9-BC/TU"),  # a whole number is written as given
        (STATE, "125", "Số: 125/BC-UBND"),
        (STATE, "125/BC-SKHĐT", "Số: 125/BC-SKHĐT"),
    ],
)
def test_a_number_of_digits_gets_the_body_s_symbols(body, number, expected):
    the_plan = plan() if body is None else replace(plan(), issuing_body=body)
    left, _ = _cells(render(_review(the_plan, number=number), "docx"))
    assert _lines(left)[-1] == expected


def test_the_command_line_writes_the_number_of_the_party_committee(tmp_path: Path):
    out = tmp_path / "bao-cao.docx"
    code, err = run_report("--period", "2023", "--number", "125", "-o", str(out))
    assert code == 0, err
    assert _lines(_cells(out.read_bytes())[0])[-1] == "Số 125-BC/TU"


def test_the_body_survives_a_plan_file_round_trip():
    data = plan_to_data(plan())
    assert data["issuing_body"] == {
        "kind": "party",
        "name": "Tỉnh ủy",
        "parent": "Đảng bộ tỉnh Lạng Sơn",
        "code": "TU",
    }
    assert plan_from_data(data).issuing_body == plan().issuing_body


def test_a_bad_body_is_refused_naming_the_field():
    data = plan_to_data(plan())
    data["issuing_body"] = {"kind": "church", "name": "", "code": "B C"}
    with pytest.raises(InputError) as info:
        plan_from_data(data, "plan.yaml")
    found = {(p.path, p.field): p.message for p in info.value.problems}
    assert set(found) == {
        ("$.issuing_body.kind", "kind"),
        ("$.issuing_body.name", "name"),
        ("$.issuing_body.code", "code"),
    }
    assert found[("$.issuing_body.code", "code")] == (
        "'B C' is not a symbol (letters, digits and “.”, as TU or UBND)"
    )
