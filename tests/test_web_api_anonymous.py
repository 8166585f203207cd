"""Anonymous callers read public plans only, and never write."""

from __future__ import annotations

from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for

READS = ["", "/targets", "/statuses", "/figures", "/figures.csv", "/statuses.csv"]


def test_it_lets_anyone_read_a_public_plan(demo):
    client = client_for(None)
    assert [p["slug"] for p in client.get("/api/plans").json()] == ["langson-xvii"]
    for suffix in READS:
        assert client.get(PLAN + suffix).status_code == 200, suffix


def test_it_hides_a_private_plan_from_anonymous_callers(demo):
    demo.is_public = False
    demo.save()
    client = client_for(None)
    assert client.get("/api/plans").json() == []
    for suffix in READS:
        assert client.get(PLAN + suffix).status_code == 401, suffix


def test_it_shows_a_private_plan_to_a_logged_in_viewer(demo):
    demo.is_public = False
    demo.save()
    statuses = client_for("daibieu").get(f"{PLAN}/statuses").json()
    assert statuses["summary"]["headline"] == "Đạt và vượt 16/20 chỉ tiêu"


def test_it_refuses_anonymous_writes(demo):
    from chitieu.web.figures.models import FigureRecord

    before = FigureRecord.objects.count()
    body = figures_body({"measure": "trained-labour", "value": "65", "stage": "official"})
    response = post_json(client_for(None), f"{PLAN}/figures", body)
    assert response.status_code == 401
    assert FigureRecord.objects.count() == before


def test_it_answers_404_for_a_plan_that_does_not_exist(demo):
    assert client_for(None).get("/api/plans/no-such-plan").status_code == 404


def test_it_refuses_anonymous_callers_a_report(demo):
    assert client_for(None).get("/api/reports/1").status_code == 401
