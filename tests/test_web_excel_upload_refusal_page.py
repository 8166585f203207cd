"""A file with thousands of bad rows is refused on a page of its own that lists the first
100 problems, each at its sheet, row and cell, and counts the others: the page stays
small, and does not show the report's lines again (issue 13: the refusal re-rendered every
line)."""

from __future__ import annotations

from chitieu.web.figures.models import FigureRecord, Submission
from tests.bigentry import FIRST_ROW, filled, workbook
from tests.entryhelpers import entry_url
from tests.webhelpers import client_for


def test_it_lists_the_first_100_problems_and_counts_the_others(demo):
    client = client_for("laodong")
    rows = [("trained-labour", "20", "abc")] + [("khong-co", "20", 5)] * 2999
    upload = filled(workbook(client, "2024"), rows)
    before = (FigureRecord.objects.count(), Submission.objects.count())

    r = client.post(entry_url(period="2024", name="upload"), {"file": upload})

    assert r.status_code == 400
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before
    page = r.content.decode()
    errors = page.split('id="upload-errors"')[1].split("</ul>")[0]
    assert errors.count("<li>") == 100
    assert f"Trang “Số liệu”, dòng {FIRST_ROW}, ô H{FIRST_ROW}: “abc” không phải là số" in errors
    last = FIRST_ROW + 99
    assert (
        f"Trang “Số liệu”, dòng {last}, ô B{last}: chỉ số “khong-co” không có trong Nghị quyết này"
    ) in errors
    assert (
        "… và 2.900 lỗi khác, không liệt kê ở đây: hãy sửa các lỗi trên rồi tải tệp lên lại"
    ) in page
    assert 'id="report-figures"' not in page  # the report's lines are not shown again
    assert 'id="upload-form"' in page  # the file can be sent again from here
    assert len(r.content) < 60_000
