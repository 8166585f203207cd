"""Writing what one may not: another agency's measure, another agency, or anything as a
viewer or approver. The answer is 403, and nothing is saved or recorded."""

from __future__ import annotations

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for


@pytest.fixture
def nothing_saved(db):
    counts = (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())
    yield
    assert counts == (
        FigureRecord.objects.count(),
        Submission.objects.count(),
        AuditEvent.objects.count(),
    )


def test_it_refuses_a_reporter_entering_another_agencys_measure(demo, nothing_saved):
    body = figures_body(
        {"measure": "trained-labour", "value": "65", "stage": "official"},
        {"measure": "tourist-arrivals", "value": "4.400.000", "stage": "official"},
    )
    response = post_json(client_for("laodong"), f"{PLAN}/figures", body)
    assert response.status_code == 403
    [problem] = response.json()["problems"]
    assert (problem["item"], problem["field"]) == (1, "measure")
    assert "tourist-arrivals" in problem["message"]


def test_it_refuses_a_reporter_entering_for_another_agency(demo, nothing_saved):
    body = figures_body(
        {"measure": "tourist-arrivals", "value": "4.400.000", "stage": "official"},
        agency="so-vhttdl",
    )
    assert post_json(client_for("laodong"), f"{PLAN}/figures", body).status_code == 403


@pytest.mark.parametrize("username", ["daibieu", "pheduyet"])
def test_it_refuses_people_who_do_not_report(demo, nothing_saved, username):
    body = figures_body(
        {"measure": "trained-labour", "value": "65", "stage": "official"}, agency="so-ldtbxh"
    )
    assert post_json(client_for(username), f"{PLAN}/figures", body).status_code == 403


def test_it_refuses_a_reporter_submitting_or_approving_another_agencys_report(demo, people):
    body = figures_body(
        {"measure": "tourist-arrivals", "value": "4.400.000", "stage": "official"}, submit=True
    )
    report = post_json(client_for("dulich"), f"{PLAN}/figures", body).json()
    laodong = client_for("laodong")
    assert laodong.post(f"/api/reports/{report['id']}/approve").status_code == 403
    assert laodong.get(f"/api/reports/{report['id']}").status_code == 403
    assert client_for("dulich").post(f"/api/reports/{report['id']}/approve").status_code == 403
    assert Submission.objects.get(pk=report["id"]).status == "submitted"
