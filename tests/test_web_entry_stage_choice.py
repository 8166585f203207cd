"""The stage of a figure is the reporter's choice, on every path: the entry form and the
Excel template preselect none (no figure becomes "ước" or "chính thức" by default), and a
value given without a stage is refused naming its place, nothing saved."""

from __future__ import annotations

import io
import re

import openpyxl

from chitieu.web.figures.models import FigureRecord, Submission
from tests.apihelpers import PLAN as API_PLAN
from tests.apihelpers import figures_body, post_json
from tests.entryhelpers import entry_url, form, xlsx
from tests.webhelpers import client_for

HALF = "2025-H1"  # no figure of it is approved: every stage could go


def _select(page: str, suffix: str) -> str:
    return page.split(f'name="stage-{suffix}"')[1].split("</select>")[0]


def test_the_form_preselects_no_stage(demo):
    page = client_for("laodong").get(entry_url(period=HALF)).content.decode()
    for suffix in ("trained-labour-20", "poverty-rate-20"):
        options = _select(page, suffix)
        assert re.findall(r"<option[^>]*selected", options) == ['<option value="" selected']
        assert '<option value="estimate">ước</option>' in options


def test_the_form_refuses_a_value_without_a_stage_beside_its_line(demo):
    data = form(trained_labour=("65,5", ""), poverty_rate=("2,4", "estimate"))
    r = client_for("laodong").post(entry_url(period=HALF), data)
    assert r.status_code == 400
    page = r.content.decode()
    assert (
        "Trường “Tỷ lệ lao động qua đào tạo”: hãy chọn loại số liệu: ước, sơ bộ hoặc chính thức"
    ) in page.split('id="entry-errors"')[1].split("</ul>")[0]
    assert (
        not Submission.objects.exists()
        and not FigureRecord.objects.filter(submission__isnull=False).exists()
    )
    # after the refusal the chosen stage of the other line is kept, and this one still unset
    assert '<option value="estimate" selected>' in _select(page, "poverty-rate-20")
    assert '<option value="" selected>' in _select(page, "trained-labour-20")


def test_the_excel_template_leaves_the_stage_empty_and_an_upload_needs_it(demo):
    client = client_for("laodong")
    wb = openpyxl.load_workbook(
        io.BytesIO(client.get(entry_url(period=HALF, name="template")).content)
    )
    ws = wb["Số liệu"]
    assert (ws["I7"].value, ws["I8"].value) == (None, None)
    ws["H7"], ws["H8"], ws["I8"] = 65.5, 2.4, "ước"
    r = client.post(entry_url(period=HALF, name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    errors = r.content.decode().split('id="upload-errors"')[1].split("</ul>")[0]
    assert "Trang “Số liệu”, dòng 7, ô I7: hãy chọn loại số liệu" in errors
    assert "dòng 8" not in errors
    assert not FigureRecord.objects.filter(submission__isnull=False).exists()


def test_the_api_refuses_a_value_without_a_stage_naming_the_item(demo):
    body = figures_body(
        {"measure": "trained-labour", "value": "65,5", "stage": "official"},
        {"measure": "poverty-rate", "value": "2,4"},
        period=HALF,
    )
    r = post_json(client_for("laodong", lang="en"), f"{API_PLAN}/figures", body)
    assert r.status_code == 422
    [problem] = r.json()["problems"]
    assert (problem["item"], problem["field"]) == (1, "stage")
    assert problem["text"] == (
        "item 1, field “stage”: choose the stage of the value: estimate, preliminary or official"
    )
    assert not Submission.objects.exists()
