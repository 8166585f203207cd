"""Bad input is refused whole (422): every problem names the item and the field, and
nothing is saved. Values are Vietnamese-formatted text or JSON numbers, nothing else."""

from __future__ import annotations

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for

GOOD = {"measure": "trained-labour", "value": "65", "stage": "official"}


@pytest.fixture
def nothing_saved(db):
    counts = (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())
    yield
    assert counts == (
        FigureRecord.objects.count(),
        Submission.objects.count(),
        AuditEvent.objects.count(),
    )


def _problems(body: dict) -> list[dict]:
    response = post_json(client_for("laodong"), f"{PLAN}/figures", body)
    assert response.status_code == 422, response.content
    return response.json()["problems"]


# (null is no bad value: it removes the draft figure, see test_web_entry_clear_draft.py)
@pytest.mark.parametrize("value", ["abc", "1,234.5", "12.5", True, [1]])
def test_it_refuses_a_value_that_is_not_a_vietnamese_number(demo, nothing_saved, value):
    bad = {"measure": "poverty-rate", "value": value, "stage": "official"}
    [problem] = _problems(figures_body(GOOD, bad))
    assert (problem["item"], problem["field"]) == (1, "value")
    assert problem["text"].startswith("item 1") or problem["text"].startswith("mục 1")


def test_it_refuses_the_same_measure_twice(demo, nothing_saved):
    again = {"measure": "trained-labour", "value": "66", "stage": "official"}
    [problem] = _problems(figures_body(GOOD, again))
    assert (problem["item"], problem["field"]) == (1, "measure")


@pytest.mark.parametrize("period", ["2026", "2020", "2021/2025", "2025-H3", "năm 2025"])
def test_it_refuses_a_period_outside_the_term(demo, nothing_saved, period):
    [problem] = _problems(figures_body(GOOD, period=period))
    assert problem["field"] == "period" and problem["item"] is None


def test_it_refuses_a_measure_or_unit_outside_the_plan(demo, nothing_saved):
    problems = _problems(
        figures_body(
            {"measure": "no-such-measure", "value": "1", "stage": "official"},
            {"measure": "poverty-rate", "unit_code": "999", "value": "2", "stage": "official"},
        )
    )
    assert [(p["item"], p["field"]) for p in problems] == [(0, "measure"), (1, "measure")]


def test_it_refuses_unknown_fields_and_stages(demo, nothing_saved):
    problems = _problems(
        figures_body(
            {"measure": "trained-labour", "valeu": "65", "value": "65", "stage": "official"},
            {"measure": "poverty-rate", "value": "2", "stage": "plan"},
        )
    )
    assert {(p["item"], p["field"]) for p in problems} == {(0, "valeu"), (1, "stage")}


def test_it_refuses_an_empty_list_of_figures(demo, nothing_saved):
    [problem] = _problems({"period": "2025", "figures": []})
    assert problem["field"] == "figures"


def test_it_refuses_a_report_date_before_the_period(demo, nothing_saved):
    [problem] = _problems(figures_body(GOOD, as_of="2024-12-31"))
    assert problem["field"] == "as_of"


def test_it_refuses_a_vintage_that_already_exists(demo, people):
    client = client_for("laodong")
    body = figures_body(GOOD, as_of="2026-03-31")  # the demo's official 2025 figure's date
    response = post_json(client, f"{PLAN}/figures", body)
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["item"] == 0
    assert not FigureRecord.objects.filter(entered_by=people["laodong"]).exists()


def test_it_refuses_a_body_that_is_not_json(demo, nothing_saved):
    response = client_for("laodong").post(
        f"{PLAN}/figures", "{period: 2025", content_type="application/json"
    )
    assert response.status_code == 400


def test_it_asks_for_the_agency_when_the_caller_has_none(demo, nothing_saved):
    response = post_json(client_for("quantri"), f"{PLAN}/figures", figures_body(GOOD))
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "agency"
    unknown = post_json(client_for("quantri"), f"{PLAN}/figures", figures_body(GOOD, agency="x"))
    assert unknown.json()["problems"][0]["field"] == "agency"
