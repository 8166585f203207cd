"""A bad upload names every problem by sheet, row and cell, and saves nothing."""

from __future__ import annotations

import io

import openpyxl
import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.entryhelpers import entry_url, xlsx
from tests.webhelpers import client_for


def _template(period="2025", lang="vi"):
    r = client_for("laodong", lang=lang).get(entry_url(period=period, name="template"))
    return openpyxl.load_workbook(io.BytesIO(r.content))


def _state():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _upload(file, lang="vi"):
    before = _state()
    r = client_for("laodong", lang=lang).post(entry_url(name="upload"), {"file": file})
    assert r.status_code == 400
    assert _state() == before  # nothing saved
    page = r.content.decode()
    assert 'id="upload-errors"' in page
    return page.split('id="upload-errors"')[1].split("</ul>")[0]


def test_it_names_the_bad_cell_and_saves_nothing(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = "abc"
    ws["H8"] = 2.4  # a good value, not saved either
    errors = _upload(xlsx(wb))
    assert "Trang “Số liệu”, dòng 7, ô H7: “abc” không phải là số" in errors


def test_it_lists_every_problem_at_once(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = "1,234.5"
    ws["H8"] = 2.4
    ws["I8"] = "tạm tính"
    ws["D4"] = "31/2/2025"
    errors = _upload(xlsx(wb))
    assert "dòng 7, ô H7: “1,234.5” không phải là số" in errors
    assert "dòng 8, ô I8: “tạm tính” không phải là loại số liệu" in errors
    assert "dòng 4, ô D4: “31/2/2025” không phải là ngày" in errors


def test_it_says_so_in_english_in_the_english_interface(demo):
    wb = _template()
    wb["Số liệu"]["H7"] = "abc"
    errors = _upload(xlsx(wb), lang="en")
    assert "Sheet “Số liệu”, row 7, cell H7: “abc” is not a number" in errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("so-lieu.csv", b"metric,value\n", "không phải là tệp Excel"),
        ("so-lieu.xlsx", b"this is not a workbook", "không đọc được"),
    ],
)
def test_it_rejects_a_file_that_is_not_a_workbook(demo, name, content, message):
    file = io.BytesIO(content)
    file.name = name
    assert message in _upload(file)


def test_it_rejects_a_workbook_without_the_sheet(demo):
    wb = _template()
    wb["Số liệu"].title = "Sheet1"
    assert "tệp không có trang “Số liệu” (các trang trong tệp: Sheet1)" in _upload(xlsx(wb))


def test_it_rejects_a_sheet_missing_a_column(demo):
    wb = _template()
    ws = wb["Số liệu"]
    ws["H7"] = 66
    ws.delete_cols(9)  # the stage column
    assert "dòng 6: thiếu cột: “Loại số liệu" in _upload(xlsx(wb))


def test_it_rejects_the_template_of_another_period(demo):
    wb = _template(period="2024")
    wb["Số liệu"]["H7"] = 62
    errors = _upload(xlsx(wb))
    assert "ô B3: tệp này dành cho kỳ báo cáo “2024”, không phải “2025”" in errors


def test_it_rejects_an_upload_without_a_file(demo):
    before = _state()
    r = client_for("laodong").post(entry_url(name="upload"), {})
    assert r.status_code == 400
    assert "Trường “tệp”: hãy chọn tệp" in r.content.decode()
    assert _state() == before
