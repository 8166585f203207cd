"""An upload that gives a measure twice, or one the agency does not report, is refused."""

from __future__ import annotations

import io

import openpyxl

from chitieu.web.figures.models import FigureRecord, Submission
from tests.entryhelpers import entry_url, xlsx
from tests.webhelpers import client_for


def _template():
    r = client_for("laodong").get(entry_url(name="template"))
    return openpyxl.load_workbook(io.BytesIO(r.content))


def _refused(wb):
    before = (FigureRecord.objects.count(), Submission.objects.count())
    r = client_for("laodong").post(entry_url(name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before
    return r.content.decode().split('id="upload-errors"')[1].split("</ul>")[0]


def test_it_refuses_a_measure_given_twice(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = 66
    for col in "ABCDEFGHIJ":
        ws[f"{col}9"] = ws[f"{col}7"].value
    ws["H9"] = 67
    errors = _refused(wb)
    assert (
        "Trang “Số liệu”, dòng 9, ô B9: trùng lặp: “trained-labour” của đơn vị 20 "
        "đã có ở trang “Số liệu”, dòng 7, ô B7"
    ) in errors


def test_it_refuses_a_measure_the_agency_does_not_report(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = 66
    ws["B9"], ws["C9"], ws["H9"] = "tourist-arrivals", "20", 4500000
    ws["B10"], ws["C10"], ws["H10"] = "no-such-measure", "20", 1
    errors = _refused(wb)
    assert (
        "dòng 9, ô B9: Sở Lao động - Thương binh và Xã hội không báo cáo “tourist-arrivals”"
        in errors
    )
    assert "dòng 10, ô B10: chỉ số “no-such-measure” không có trong Nghị quyết này" in errors
