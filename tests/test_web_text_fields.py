"""Notes, reasons and comments are stored as people meant them: control characters (a NUL
byte, which PostgreSQL cannot store) are dropped on every path, and a text longer than
2.000 characters is refused with a clear message naming its place; nothing is saved."""

from __future__ import annotations

import io

import openpyxl

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body, post_json
from tests.entryhelpers import entry_url, form, xlsx
from tests.webhelpers import client_for

TOO_LONG = "ghi chú có 2.001 ký tự: chỉ giữ được tối đa 2.000 ký tự; hãy rút gọn"


def _saved():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _note() -> str:
    return FigureRecord.objects.get(measure__key="trained-labour", submission__isnull=False).note


def test_the_api_drops_control_characters_from_a_note(demo):
    body = (
        '{"period": "2025", "figures": [{"measure": "trained-labour", "value": "65", '
        '"stage": "official", "note": "điều\\u0000 tra\\u0007 \\ud800mẫu\\r\\ndòng 2\\tcột"}]}'
    )
    r = client_for("laodong").post(f"{PLAN}/figures", body, content_type="application/json")
    assert r.status_code == 200, r.content
    assert _note() == "điều tra mẫu\ndòng 2\tcột"


def test_the_form_drops_them_too(demo):
    data = form(trained_labour="65") | {"note-trained-labour-20": " theo\x00 điều tra\x1b "}
    assert client_for("laodong").post(entry_url(), data).status_code == 302
    assert _note() == "theo điều tra"


def test_a_note_of_2000_characters_is_kept_and_one_more_is_refused_by_the_api(demo):
    item = {"measure": "trained-labour", "value": "65", "stage": "official", "note": "a" * 2000}
    assert (
        post_json(client_for("laodong"), f"{PLAN}/figures", figures_body(item)).status_code == 200
    )
    before = _saved()
    item |= {"note": "b" * 2001}
    r = post_json(client_for("laodong"), f"{PLAN}/figures", figures_body(item))
    assert r.status_code == 422
    [problem] = r.json()["problems"]
    assert (problem["item"], problem["field"], problem["message"]) == (0, "measure", TOO_LONG)
    assert _saved() == before and _note() == "a" * 2000


def test_the_form_refuses_a_note_too_long_beside_its_line(demo):
    page = client_for("laodong").get(entry_url()).content.decode()
    assert 'maxlength="2000"' in page  # the browser's own limit, a number it can read
    before = _saved()
    data = form(trained_labour="65") | {"note-trained-labour-20": "b" * 2001}
    r = client_for("laodong").post(entry_url(), data)
    assert r.status_code == 400
    assert f"Trường “Tỷ lệ lao động qua đào tạo”: {TOO_LONG}" in r.content.decode()
    assert _saved() == before


def test_an_upload_refuses_it_naming_the_row(demo):
    r = client_for("laodong").get(entry_url(name="template"))
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    ws = wb["Số liệu"]
    ws["H7"], ws["I7"], ws["J7"] = 65, "chính thức", "b" * 2001
    before = _saved()
    r = client_for("laodong").post(entry_url(name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    assert f"Trang “Số liệu”, dòng 7, ô B7: {TOO_LONG}" in r.content.decode()
    assert _saved() == before


def test_a_return_comment_is_cleaned_and_held_to_the_same_length(demo):
    item = {"measure": "trained-labour", "value": "65", "stage": "official"}
    report = post_json(
        client_for("laodong"), f"{PLAN}/figures", figures_body(item, submit=True)
    ).json()
    url = f"/figures/reports/{report['id']}/"
    approver = client_for("pheduyet")
    r = approver.post(url, {"action": "return", "comment": "c" * 2001})
    assert r.status_code == 400
    assert "ý kiến có 2.001 ký tự: chỉ giữ được tối đa 2.000 ký tự" in r.content.decode()
    assert Submission.objects.get(pk=report["id"]).status == "submitted"
    r = approver.post(url, {"action": "return", "comment": "thiếu\x00 nguồn"})
    assert r.status_code == 302
    assert Submission.objects.get(pk=report["id"]).comment == "thiếu nguồn"
