"""Revisions are new vintages; --as-of sees only what was known then."""

from decimal import Decimal as D

from chitieu.evaluation.statuses import Status
from tests.helpers import evaluate_one, fig, make_plan

LAB = {"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"}


def figures():  # type: ignore[no-untyped-def]
    return [
        fig("lab", "2025", "65.2", "estimate", as_of="2025-12-10"),
        fig("lab", "2025", "64.8", "preliminary", as_of="2026-02-15"),
        fig("lab", "2025", "64.9", "official", as_of="2026-06-30"),
    ]


def test_it_uses_the_latest_vintage_by_default():
    r = evaluate_one(make_plan(LAB), figures())
    assert r.value == D("64.9") and r.status is Status.NOT_ACHIEVED
    assert r.explanation.figures[0].stage == "official"


def test_it_evaluates_with_what_was_known_on_a_date():
    r = evaluate_one(make_plan(LAB), figures(), as_of="2025-12-31")
    assert r.value == D("65.2") and r.status is Status.EXCEEDED
    assert r.explanation.figures[0].stage == "estimate"
    r = evaluate_one(make_plan(LAB), figures(), as_of="2026-03-01")
    assert r.value == D("64.8")


def test_before_any_figure_there_is_no_data():
    r = evaluate_one(make_plan(LAB), figures(), as_of="2025-12-09")
    assert r.status is Status.NO_DATA


def test_on_the_same_date_official_beats_preliminary_beats_estimate():
    same_day = [
        fig("lab", "2025", "66", "estimate", as_of="2026-03-31"),
        fig("lab", "2025", "64", "official", as_of="2026-03-31"),
        fig("lab", "2025", "65", "preliminary", as_of="2026-03-31"),
    ]
    assert evaluate_one(make_plan(LAB), same_day).value == D("64")
    assert evaluate_one(make_plan(LAB), same_day[::-1]).value == D("64")


def test_a_plan_figure_is_never_an_achievement():
    planned = [fig("lab", "2025", "70", "plan", as_of="2025-01-10")]
    assert evaluate_one(make_plan(LAB), planned).status is Status.NO_DATA
