"""Before the end year: the projection, the effort still required and the forecast class."""

from decimal import Decimal as D

import pytest

from chitieu.evaluation.formulas import growth_factor, required_rate
from chitieu.evaluation.statuses import ForecastClass
from tests.helpers import evaluate_one, fig, make_plan, yearly

GROWTH = {
    "id": "g",
    "kind": "average_annual_growth",
    "input": "rate",
    "comparator": "range",
    "low": "7",
    "high": "7.5",
}


def test_it_gives_the_rate_the_remaining_years_need():
    plan = make_plan(GROWTH)
    r = evaluate_one(plan, yearly("g", {2021: "3", 2022: "6"}))
    f = r.forecast
    assert f is not None and f.method == "compound_required_rate" and f.remaining_years == 3
    # ((1.07)^5 / (1.03 × 1.06))^(1/3) − 1 = 8.707%
    assert round(f.required, 3) == D("8.707")
    assert f.cls is ForecastClass.OFF_TRACK  # 4.49% so far against 8.71% needed: ratio 0.52


def test_a_pace_close_to_the_required_rate_is_at_risk():
    plan = make_plan(GROWTH)
    f = evaluate_one(plan, yearly("g", {2021: "6.5", 2022: "7"})).forecast
    assert f is not None and f.cls is ForecastClass.AT_RISK
    assert D("0.6") <= f.progress_ratio < 1  # type: ignore[operator]


def test_a_pace_that_meets_the_target_is_on_track():
    plan = make_plan(GROWTH)
    f = evaluate_one(plan, yearly("g", {2021: "7.2", 2022: "7.3"})).forecast
    assert f is not None and f.cls is ForecastClass.ON_TRACK


def test_it_projects_levels_along_the_linear_trend():
    plan = make_plan({"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"})
    f = evaluate_one(plan, yearly("lab", {2020: "55", 2021: "57", 2022: "59"})).forecast
    assert f is not None and f.method == "trend_linear"
    assert f.projected == D("65") and f.cls is ForecastClass.ON_TRACK
    assert f.required == D(2)  # (65 − 59) / 3 years


def test_a_slow_level_trend_is_at_risk_then_off_track():
    plan = make_plan({"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"})
    slow = evaluate_one(plan, yearly("lab", {2020: "55", 2021: "56.5", 2022: "58"})).forecast
    # projected 62.5: (62.5 − 55) / (65 − 55) = 0.75
    assert (
        slow is not None and slow.progress_ratio == D("0.75") and slow.cls is ForecastClass.AT_RISK
    )
    flat = evaluate_one(plan, yearly("lab", {2020: "55", 2021: "55.5", 2022: "56"})).forecast
    assert flat is not None and flat.cls is ForecastClass.OFF_TRACK


def test_a_falling_ceiling_metric_is_judged_in_its_direction():
    plan = make_plan({"id": "pov", "kind": "level_at_end", "comparator": "<", "high": "3"})
    f = evaluate_one(plan, yearly("pov", {2020: "9", 2021: "7.5", 2022: "6"})).forecast
    assert f is not None and f.projected == D("1.5") and f.cls is ForecastClass.ON_TRACK


def test_compound_trend_continues_the_growth_rate():
    plan = make_plan(
        {
            "id": "gpc",
            "kind": "level_at_end",
            "comparator": "range",
            "low": "2900",
            "high": "3000",
            "trend": "compound",
            "unit": "USD",
            "baseline": {"year": 2020, "value": "2000"},
        }
    )
    f = evaluate_one(plan, yearly("gpc", {2022: "2420"})).forecast
    assert f is not None and f.method == "trend_compound"
    assert round(f.projected, 2) == D("3221.02")  # 2000 × 1.1^5
    assert f.cls is ForecastClass.ON_TRACK


def test_cumulative_gives_the_yearly_amount_still_needed():
    plan = make_plan(
        {"id": "inv", "kind": "cumulative_over_term", "comparator": ">=", "low": "166"}
    )
    f = evaluate_one(plan, yearly("inv", {2021: "28", 2022: "30"})).forecast
    assert f is not None and f.required == D("36")  # (166 − 58) / 3
    assert f.projected == D("145") and f.cls is ForecastClass.AT_RISK  # 29 / 36 = 0.81


def test_every_year_with_a_failed_year_is_off_track():
    plan = make_plan({"id": "p", "kind": "every_year", "comparator": ">=", "low": "90"})
    f = evaluate_one(plan, yearly("p", {2021: "91", 2022: "89"})).forecast
    assert f is not None and f.cls is ForecastClass.OFF_TRACK


def test_a_part_year_rate_below_target_flags_the_running_year():
    plan = make_plan({"id": "p", "kind": "every_year", "comparator": ">=", "low": "90"})
    figures = yearly("p", {2021: "91", 2022: "92"}) + [
        fig("p", "2023-9M", "88", "estimate", as_of="2023-10-01")
    ]
    f = evaluate_one(plan, figures).forecast
    assert f is not None and f.cls is ForecastClass.AT_RISK


@pytest.mark.parametrize("rates", [["7", "7"], ["5", "9", "7"], ["-2", "10"]])
def test_the_required_rate_brings_the_term_average_exactly_to_the_target(rates):  # type: ignore[no-untyped-def]
    done = [D(r) for r in rates]
    need = required_rate(D("7"), 5, growth_factor(done), len(done))
    total = growth_factor(done + [need] * (5 - len(done)))
    assert abs(total - D("1.07") ** 5) < D("1e-20")
