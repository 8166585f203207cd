"""Review documents list the action program's tasks behind schedule ("Nhiệm vụ chậm tiến
độ"): past the deadline on the issue date and not done. The pure package takes plain
TaskLine values; the web Reports page passes the plan's tasks."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
from docx import Document

from chitieu.reports import TaskLine, build_review, render
from chitieu.reports.pdf import review_html
from tests.reportkit import figures, plan
from tests.webhelpers import client_for

TASKS = [
    TaskLine(
        "key_task",
        3,
        "Thúc đẩy đổi mới sáng tạo",
        "Sở Kế hoạch và Đầu tư",
        date(2023, 6, 30),
        "in_progress",
    ),
    TaskLine("key_task", 1, "Nâng cao năng lực lãnh đạo", "Ban Tổ chức", date(2023, 6, 30), "done"),
    TaskLine("breakthrough", 1, "Hạ tầng giao thông", "", date(2024, 12, 31), "not_started"),
]


def _review(lang: str = "vi"):
    return build_review(
        plan(), figures(), "2023-9M", as_of=date(2023, 10, 15), lang=lang, tasks=TASKS
    )


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def test_it_lists_only_late_tasks_that_are_not_done():
    review = _review()
    assert [(x.kind, x.no) for x in review.late_tasks] == [("key_task", 3)]


def test_it_shows_the_late_task_in_the_docx_xlsx_and_pdf():
    review = _review()
    text = _docx_text(render(review, "docx"))
    assert "Nhiệm vụ chậm tiến độ" in text
    assert (
        "- Nhiệm vụ trọng tâm 3 (Sở Kế hoạch và Đầu tư; hạn 30/6/2023): "
        "Thúc đẩy đổi mới sáng tạo" in text
    )
    assert "Nâng cao năng lực lãnh đạo" not in text
    book = openpyxl.load_workbook(io.BytesIO(render(review, "xlsx")))
    cells = [str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value]
    assert "Nhiệm vụ chậm tiến độ" in cells
    assert any("Thúc đẩy đổi mới sáng tạo" in c for c in cells)
    html, _css = review_html(review)
    assert 'id="late-tasks"' in html and "Thúc đẩy đổi mới sáng tạo" in html


def test_without_tasks_the_document_has_no_such_section():
    review = build_review(plan(), figures(), "2023-9M", as_of=date(2023, 10, 15))
    assert review.late_tasks == []
    assert "Nhiệm vụ chậm tiến độ" not in _docx_text(render(review, "docx"))


def test_english_names_the_section_and_kind():
    text = _docx_text(render(_review("en"), "docx"))
    assert "Tasks behind schedule" in text and "Key task 3" in text


def test_the_web_reports_page_passes_the_plans_tasks(demo):
    query = {"period": "2024", "as_of": "15/1/2025", "kind": "review", "format": "docx"}
    r = client_for("daibieu").get("/dashboard/langson-xvii/reports/", query)
    assert r.status_code == 200
    text = _docx_text(r.content)
    # demo key task 3 (31/12/2024, in progress) is late on 15/1/2025
    assert "Nhiệm vụ trọng tâm 3 (Sở Kế hoạch và Đầu tư; hạn 31/12/2024)" in text
