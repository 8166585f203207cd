"""A result carries the series its chart and its review document show, year by year: the
growth rate of each year (rounded half-up, as offices publish it), the running total,
the yearly reductions, the level reached. The views draw these and compute nothing."""

from __future__ import annotations

from decimal import Decimal

from chitieu.evaluation.results import YearPoint
from tests.helpers import evaluate_one, make_plan, yearly

D = Decimal


def _series(result):  # type: ignore[no-untyped-def]
    return [(p.year, p.value) for p in result.per_year]


def test_it_derives_yearly_rates_from_levels_rounded_half_up():
    plan = make_plan(
        {
            "id": "revenue",
            "kind": "average_annual_growth",
            "input": "level",
            "comparator": ">=",
            "low": "7",
            "decimals": 1,
            "baseline": {"year": 2020, "value": "100"},
        }
    )
    # 100 → 106,25 is exactly 6,25%; 106,25 → 114,165625 exactly 7,45%. Half-up gives
    # 6,3 and 7,5 where Python's round() (half-even) would give 6,2 and 7,4.
    r = evaluate_one(plan, yearly("revenue", {2021: "106.25", 2022: "114.165625"}))
    assert _series(r) == [(2021, D("6.3")), (2022, D("7.5"))]
    assert r.per_year[0] == YearPoint(2021, D("6.3"), "official")


def test_it_keeps_the_reported_rates_as_they_are():
    plan = make_plan(
        {
            "id": "g",
            "kind": "average_annual_growth",
            "input": "rate",
            "comparator": ">=",
            "low": "7",
        }
    )
    r = evaluate_one(plan, yearly("g", {2021: "6.71", 2022: "7.45"}, stage="estimate"))
    assert r.per_year == [
        YearPoint(2021, D("6.71"), "estimate"),
        YearPoint(2022, D("7.45"), "estimate"),
    ]


def test_it_carries_the_running_total_of_a_term_total():
    plan = make_plan(
        {"id": "inv", "kind": "cumulative_over_term", "comparator": ">=", "low": "166"}
    )
    r = evaluate_one(plan, yearly("inv", {2021: "28.5", 2022: "31.2", 2024: "40"}))
    assert _series(r) == [(2021, D("28.5")), (2022, D("59.7")), (2024, D("99.7"))]


def test_it_carries_each_years_reduction_and_each_years_level():
    plan = make_plan(
        {
            "id": "cut",
            "kind": "reduction_per_year",
            "input": "level",
            "comparator": ">=",
            "low": "3",
            "baseline": {"year": 2020, "value": "200"},
        }
    )
    r = evaluate_one(plan, yearly("cut", {2021: "190", 2022: "186.2"}))
    assert _series(r) == [(2021, D("5.00")), (2022, D("2.00"))]
    level = make_plan({"id": "lv", "kind": "level_at_end", "comparator": ">=", "low": "65"})
    r = evaluate_one(level, yearly("lv", {2021: "57", 2022: "58.5"}))
    assert _series(r) == [(2021, D("57")), (2022, D("58.5"))]
