"""A report date in the future is refused on every path, by one rule and in the same
words: the entry form, an Excel upload and the API (which took 9999-12-31 before)."""

from __future__ import annotations

import io
from datetime import timedelta

import openpyxl
from django.utils import timezone

from chitieu.web.figures.models import FigureRecord, Submission
from tests.apihelpers import PLAN, figures_body, post_json
from tests.entryhelpers import entry_url, form, xlsx
from tests.webhelpers import client_for

SAID = "ngày báo cáo 31/12/9999 là ngày trong tương lai"


def test_the_api_refuses_a_report_date_in_the_future(demo):
    item = {"measure": "trained-labour", "value": "65", "stage": "official"}
    response = post_json(
        client_for("laodong"), f"{PLAN}/figures", figures_body(item, as_of="9999-12-31")
    )
    assert response.status_code == 422, response.content
    [problem] = response.json()["problems"]
    assert (problem["item"], problem["field"], problem["message"]) == (None, "as_of", SAID)
    assert (
        not Submission.objects.exists()
        and not FigureRecord.objects.filter(submission__isnull=False).exists()
    )


def test_the_form_refuses_it_in_the_same_words(demo):
    r = client_for("laodong").post(entry_url(), form(trained_labour="65", as_of="31/12/9999"))
    assert r.status_code == 400
    assert f"Trường “ngày báo cáo”: {SAID}" in r.content.decode()


def test_an_upload_refuses_it_in_the_same_words(demo):
    r = client_for("laodong").get(entry_url(name="template"))
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    ws = wb["Số liệu"]
    ws["D4"] = "31/12/9999"
    ws["H7"] = 65
    r = client_for("laodong").post(entry_url(name="upload"), {"file": xlsx(wb)})
    assert r.status_code == 400
    assert f"dòng 4, ô D4: {SAID}" in r.content.decode()


def test_today_is_not_the_future(demo):
    today = timezone.localdate()
    item = {"measure": "trained-labour", "value": "65", "stage": "official"}
    body = figures_body(item, as_of=today.isoformat())
    assert post_json(client_for("laodong"), f"{PLAN}/figures", body).status_code == 200
    tomorrow = (today + timedelta(days=1)).isoformat()
    body = figures_body(item, as_of=tomorrow)
    assert post_json(client_for("laodong"), f"{PLAN}/figures", body).status_code == 422
