"""An estimate never comes after the official figure: a value less final than a figure
already approved for the same measure, unit and period is refused on the entry form, in
an Excel upload and through the API, with a message naming the approved figure; nothing
is saved. A revision within the stage, or a more final stage, goes through."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN as API_PLAN
from tests.apihelpers import figures_body, post_json
from tests.entryhelpers import add_approved, approved_series, entry_url, form, xlsx
from tests.webhelpers import client_for

NAMED = (
    "Tỷ lệ hộ nghèo (theo tiêu chí giai đoạn 2016 – 2020), năm 2025 đã có số liệu chính thức "
    "được phê duyệt: 2,6, báo cáo ngày 31/3/2026. Số liệu kém chính thức hơn (ước) không thay "
    "thế được số liệu đó: hãy nhập là số liệu chính thức, hoặc để trống giá trị"
)


@pytest.fixture
def official(demo):
    """Poverty 2025: an estimate of 2,7 in December, then the official 2,6 in March."""
    approved_series("poverty-rate", {"2023": "5.2", "2024": "3.8"})
    add_approved("poverty-rate", "2025", "2.7", "estimate", date(2025, 12, 10))
    add_approved("poverty-rate", "2025", "2.6", "official", date(2026, 3, 31))
    return demo


def _nothing_saved() -> tuple[int, int, int]:
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def test_the_form_refuses_an_estimate_after_the_official_figure(official):
    before = _nothing_saved()
    r = client_for("laodong").post(entry_url(), form(poverty_rate=("2,4", "estimate")))
    assert r.status_code == 400
    errors = r.content.decode().split('id="entry-errors"')[1].split("</ul>")[0]
    assert f"Trường “Tỷ lệ hộ nghèo (theo tiêu chí giai đoạn 2016 – 2020)”: {NAMED}" in errors
    assert _nothing_saved() == before


def test_a_preliminary_figure_is_refused_too_and_the_message_is_english_in_english(official):
    r = client_for("laodong", lang="en").post(
        entry_url(), form(poverty_rate=("2,4", "preliminary"))
    )
    assert r.status_code == 400
    assert (
        "already has an approved official figure: 2,6, reported on 31/3/2026. A less final "
        "(preliminary) figure cannot replace it: enter it as official, or leave the value empty"
    ) in r.content.decode()


def test_an_official_revision_goes_through(official):
    r = client_for("laodong").post(entry_url(), form(poverty_rate=("2,5", "official")))
    assert r.status_code == 302
    fig = FigureRecord.objects.get(submission__isnull=False)
    assert (fig.measure.key, str(fig.to_core().value), fig.stage) == (
        "poverty-rate",
        "2.5",
        "official",
    )


def test_after_an_approved_estimate_a_later_estimate_or_a_more_final_stage_goes(demo):
    approved_series("poverty-rate", {"2023": "5.2", "2024": "3.8"})
    add_approved("poverty-rate", "2025", "2.7", "estimate", date(2025, 12, 10))
    client = client_for("laodong")
    assert client.post(entry_url(), form(poverty_rate=("2,65", "estimate"))).status_code == 302
    assert client.post(entry_url(), form(poverty_rate=("2,6", "preliminary"))).status_code == 302
    assert FigureRecord.objects.get(submission__isnull=False).stage == "preliminary"


def test_an_excel_upload_is_refused_naming_the_row(official):
    client = client_for("laodong")
    wb = openpyxl.load_workbook(io.BytesIO(client.get(entry_url(name="template")).content))
    ws = wb["Số liệu"]
    ws["H8"], ws["I8"] = 2.4, "ước"
    before = _nothing_saved()
    r = client.post(entry_url(name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    errors = r.content.decode().split('id="upload-errors"')[1].split("</ul>")[0]
    assert f"Trang “Số liệu”, dòng 8, ô B8: {NAMED}" in errors
    assert _nothing_saved() == before


def test_the_api_refuses_it_naming_the_item(official):
    body = figures_body(
        {"measure": "trained-labour", "value": "65", "stage": "official"},
        {"measure": "poverty-rate", "value": "2,4", "stage": "estimate"},
    )
    before = _nothing_saved()
    r = post_json(client_for("laodong"), f"{API_PLAN}/figures", body)
    assert r.status_code == 422
    [problem] = r.json()["problems"]
    assert (problem["item"], problem["field"], problem["message"]) == (1, "measure", NAMED)
    assert _nothing_saved() == before
