"""A reporter enters figures through the API: saved into the agency's draft report,
exactly as typed, and attributed to them in the audit trail."""

from __future__ import annotations

import json
from datetime import date

from django.test import Client
from django.utils import timezone

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for, csrf_client_for


def test_it_saves_the_reporters_figures_as_a_draft(demo, people):
    # the first half of 2025: no figure is approved for it, so an estimate goes in
    body = figures_body(
        {"measure": "trained-labour", "value": "65,50", "stage": "official", "note": "điều tra"},
        {"measure": "poverty-rate", "value": 2.4, "stage": "estimate"},
        period="2025-H1",
        as_of="2025-07-01",
    )
    response = post_json(client_for("laodong"), f"{PLAN}/figures", body)
    assert response.status_code == 200, response.content
    report = response.json()
    assert (report["agency"], report["period"], report["status"]) == (
        "so-ldtbxh",
        "2025-H1",
        "draft",
    )
    assert [(f["measure"], f["value"], f["stage"], f["as_of"]) for f in report["figures"]] == [
        ("trained-labour", "65.50", "official", "2025-07-01"),
        ("poverty-rate", "2.4", "estimate", "2025-07-01"),
    ]
    sub = Submission.objects.get(pk=report["id"])
    assert sub.status == "draft" and sub.created_by == people["laodong"]
    fig = sub.figures.get(measure__key="trained-labour")
    assert fig.approved_at is None and fig.note == "điều tra"
    entered = AuditEvent.objects.filter(action="enter", object_id=str(fig.pk)).get()
    assert entered.user == people["laodong"] and entered.new == "65.50"


def test_it_dates_the_report_today_by_default(demo):
    body = figures_body({"measure": "trained-labour", "value": "65", "stage": "official"})
    report = post_json(client_for("laodong"), f"{PLAN}/figures", body).json()
    assert report["figures"][0]["as_of"] == timezone.localdate().isoformat()


def test_it_changes_a_draft_value_and_records_old_and_new(demo, people):
    client = client_for("laodong")
    item = {"measure": "trained-labour", "value": "65", "stage": "official"}
    post_json(client, f"{PLAN}/figures", figures_body(item, as_of="2026-02-01"))
    item["value"] = "65,2"
    post_json(client, f"{PLAN}/figures", figures_body(item, as_of="2026-02-01"))
    fig = FigureRecord.objects.get(measure__key="trained-labour", as_of=date(2026, 2, 1))
    assert str(fig.to_core().value) == "65.2"
    change = AuditEvent.objects.get(action="change", object_id=str(fig.pk), field="value")
    assert (change.user, change.new) == (people["laodong"], "65.2")


def test_it_lets_the_planning_office_enter_for_any_agency(demo):
    body = figures_body(
        {"measure": "tourist-arrivals", "value": "4.450.000", "stage": "official"},
        agency="so-vhttdl",
    )
    response = post_json(client_for("kehoach"), f"{PLAN}/figures", body)
    assert response.status_code == 200, response.content
    assert response.json()["agency"] == "so-vhttdl"
    assert response.json()["figures"][0]["value"] == "4450000"


def test_it_needs_the_csrf_token_from_a_browser_session(demo):
    body = figures_body({"measure": "trained-labour", "value": "65", "stage": "official"})
    client: Client = csrf_client_for("laodong")
    assert post_json(client, f"{PLAN}/figures", body).status_code == 403
    assert not Submission.objects.exists()
    client.get("/login/")  # sets the CSRF cookie, as any page does
    token = client.cookies["csrftoken"].value
    response = client.post(
        f"{PLAN}/figures",
        json.dumps(body),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200, response.content
