"""A half-year or nine-month rate below the yearly floor gives a forecast and is shown.

In July of a one-year plan, or of a term's first year, no yearly figure exists yet; the
six-month growth figure is what the province has. It is never judged as the year's value
(the status stays "chưa có số liệu"), but when it can be held against the yearly target
(a rate or a share in %) it gives the forecast docs/forecast.md promises: "cần nỗ lực lớn"
below the floor, "có khả năng đạt" at or above it. The result carries the figure so that
pages and documents show it.
"""

from decimal import Decimal as D

from chitieu.evaluation.statuses import ForecastClass, Status
from tests.helpers import evaluate_one, fig, make_plan

ONE_YEAR = {"baseline_year": 2024, "start_year": 2025, "end_year": 2025}
GROWTH_2025 = {"id": "grdp", "kind": "level_at_end", "comparator": ">=", "low": "8"}
CELLS = {"id": "cells", "kind": "every_year", "comparator": ">=", "low": "90"}
AVERAGE = {
    "id": "avg",
    "kind": "average_annual_growth",
    "input": "rate",
    "comparator": "range",
    "low": "7",
    "high": "7.5",
}


def test_a_one_year_plan_in_july_is_at_risk_on_its_half_year_growth():
    plan = make_plan(GROWTH_2025, **ONE_YEAR)
    r = evaluate_one(plan, [fig("grdp", "2025-H1", "7.4", "estimate", as_of="2025-07-15")])
    assert r.status is Status.NO_DATA and not r.final
    assert r.forecast is not None and r.forecast.cls is ForecastClass.AT_RISK
    assert r.forecast.cls.label("vi") == "cần nỗ lực lớn"
    assert r.forecast.method == "part_year" and r.forecast.projected == D("7.4")
    assert r.part_year is not None and (r.part_year.period, r.part_year.value) == (
        "2025-H1",
        D("7.4"),
    )
    assert r.explanation.text("vi")[-1] == (
        "Số liệu gần nhất của năm 2025: 6 tháng đầu năm 2025 = 7,4%"
    )


def test_a_one_year_plan_at_nine_months_above_the_floor_is_on_track():
    plan = make_plan(GROWTH_2025, **ONE_YEAR)
    figures = [
        fig("grdp", "2025-H1", "7.4", "estimate", as_of="2025-07-15"),
        fig("grdp", "2025-9M", "8.1", "estimate", as_of="2025-10-12"),
    ]
    r = evaluate_one(plan, figures)
    assert r.forecast is not None and r.forecast.cls is ForecastClass.ON_TRACK
    assert r.part_year is not None and r.part_year.period == "2025-9M"
    # in July the nine months were not known yet
    july = evaluate_one(plan, figures, as_of="2025-07-31")
    assert july.forecast is not None and july.forecast.cls is ForecastClass.AT_RISK


def test_the_first_year_of_a_term_every_year_rate():
    r = evaluate_one(make_plan(CELLS), [fig("cells", "2021-H1", "89.5", "estimate", "2021-07-10")])
    assert r.status is Status.NO_DATA
    assert r.forecast is not None and r.forecast.cls is ForecastClass.AT_RISK
    assert r.forecast.remaining_years == 5
    assert "6 tháng đầu năm 2021 = 89,5%" in r.explanation.text("vi")[-1]


def test_the_first_year_of_a_term_average_growth():
    low = [fig("avg", "2021-H1", "6.1", "estimate", as_of="2021-07-10")]
    r = evaluate_one(make_plan(AVERAGE), low)
    assert r.status is Status.NO_DATA
    assert r.forecast is not None and r.forecast.cls is ForecastClass.AT_RISK
    assert r.explanation.text("en")[-1] == (
        "Latest part-year figure for 2021: first half of 2021 = 6.1%"
    )
    inside = [fig("avg", "2021-H1", "7.2", "estimate", as_of="2021-07-10")]
    r = evaluate_one(make_plan(AVERAGE), inside)
    assert r.forecast is not None and r.forecast.cls is ForecastClass.ON_TRACK


def test_part_year_amounts_are_shown_but_give_no_forecast():
    forest = {"id": "forest", "kind": "every_year", "unit": "ha", "comparator": ">=", "low": "9000"}
    r = evaluate_one(
        make_plan(forest), [fig("forest", "2021-H1", "4100", "estimate", "2021-07-10")]
    )
    assert r.status is Status.NO_DATA and r.forecast is None
    assert r.part_year is not None and r.part_year.value == D("4100")


def test_a_level_before_its_end_year_is_not_judged_on_a_part_year_figure():
    # trained labour "65% by 2025": 58% in mid-2021 says nothing yet about 2025
    labour = {"id": "labour", "kind": "level_at_end", "comparator": ">=", "low": "65"}
    r = evaluate_one(make_plan(labour), [fig("labour", "2021-H1", "58", "estimate", "2021-07-10")])
    assert r.status is Status.NO_DATA and r.forecast is None
    assert r.part_year is not None


def test_the_part_year_figure_travels_in_the_result():
    plan = make_plan(GROWTH_2025, **ONE_YEAR)
    r = evaluate_one(plan, [fig("grdp", "2025-H1", "7.4", "estimate", as_of="2025-07-15")])
    d = r.to_dict("vi")
    assert d["status_label"] == "chưa có số liệu"
    assert d["forecast"]["label_vi"] == "cần nỗ lực lớn"
    assert d["part_year"] == {
        "period": "2025-H1",
        "period_label": "6 tháng đầu năm 2025",
        "value": "7.4",
        "stage": "estimate",
        "as_of": "2025-07-15",
    }
    assert r.to_dict("en")["part_year"]["period_label"] == "first half of 2025"


def test_a_whole_year_figure_takes_over_from_the_part_year():
    plan = make_plan(GROWTH_2025, **ONE_YEAR)
    figures = [
        fig("grdp", "2025-9M", "7.4", "estimate", as_of="2025-10-12"),
        fig("grdp", "2025", "8.3", "official", as_of="2026-03-31"),
    ]
    r = evaluate_one(plan, figures)
    assert r.status is Status.EXCEEDED and r.final and r.forecast is None
    assert r.part_year is None
