"""Reading a plan: the plan-file data, the targets with who reports them, the figures."""

from __future__ import annotations

from chitieu.targets.planfile import plan_from_data, plan_to_data
from chitieu.web.plans.convert import core_plan, plan_data
from tests.apihelpers import PLAN
from tests.webhelpers import client_for


def test_it_returns_the_plan_as_a_plan_file(demo):
    data = client_for(None).get(PLAN).json()
    assert data == plan_data(demo)
    assert plan_to_data(plan_from_data(data)) == plan_to_data(core_plan(demo))


def test_it_lists_targets_with_their_measures_and_reporters(demo):
    targets = client_for(None).get(f"{PLAN}/targets").json()
    assert [t["no"] for t in targets] == list(range(1, 21))
    assert sum(len(t["measures"]) for t in targets) == 35
    labour = targets[12]["measures"][0]
    assert labour["key"] == "trained-labour"
    assert labour["target"] == "≥ 65%"
    assert labour["low"] == "65"
    assert labour["reported_by"] == [
        {
            "agency": "so-ldtbxh",
            "agency_name": "Sở Lao động - Thương binh và Xã hội",
            "unit_code": "20",
        }
    ]


def test_it_lists_figure_vintages_with_who_approved_them(demo):
    rows = client_for(None).get(f"{PLAN}/figures?measure=trained-labour&period=2025").json()
    assert [(r["value"], r["stage"], r["as_of"]) for r in rows] == [
        ("64.8", "estimate", "2025-12-10"),
        ("64.5", "official", "2026-03-31"),
    ]
    assert all(r["approved_by"] == "kehoach" and r["approved_at"] for r in rows)


def test_it_refuses_a_period_filter_that_is_not_a_period(demo):
    response = client_for(None).get(f"{PLAN}/figures?period=2025-H3")
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "period"
