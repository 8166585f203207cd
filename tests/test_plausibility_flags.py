"""The plausibility warnings a reporter confirms and an approver sees: which values are
flagged, by which check, with the numbers the message gives (core, no database)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from chitieu.figures.periods import parse_period
from chitieu.figures.plausibility import Check, plausibility_flags
from tests.helpers import fig, make_plan, yearly

LEVEL = {"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"}  # unit %
RATE = {
    "id": "grdp",
    "kind": "average_annual_growth",
    "input": "rate",
    "comparator": ">=",
    "low": "7",
}
LEVELS = {
    "id": "accidents",
    "kind": "reduction_per_year",
    "input": "level",
    "comparator": ">=",
    "low": "5",
}  # written in %, but its figures are numbers of accidents
COUNT = {
    "id": "schools",
    "unit": "trường",
    "kind": "count_of_units",
    "comparator": ">=",
    "low": "300",
}


def flags(metric, value, known=(), period="2025", of_area=True):  # type: ignore[no-untyped-def]
    m = make_plan(metric).metrics()[0]
    found = plausibility_flags(m, parse_period(period), D(value), list(known), of_area=of_area)
    return [(f.check, f.min, f.max) for f in found if f.check is not Check.JUMP]


@pytest.mark.parametrize(
    ("metric", "value", "expected"),
    [
        (LEVEL, "64.5", []),
        (LEVEL, "100", []),
        (LEVEL, "0", []),
        (LEVEL, "645", [(Check.PERCENT, D(0), D(100))]),  # a decimal comma lost
        (LEVEL, "-0.5", [(Check.PERCENT, D(0), D(100))]),
        (RATE, "-3.2", []),  # a year of recession
        (RATE, "-120", [(Check.PERCENT, D(-100), D(100))]),
        (RATE, "130", [(Check.PERCENT, D(-100), D(100))]),
        (LEVELS, "540", []),  # levels are no percentages
        (LEVELS, "-1", [(Check.NEGATIVE, None, None)]),
        (COUNT, "0", []),
        (COUNT, "-3", [(Check.NEGATIVE, None, None)]),
    ],
)
def test_it_flags_a_value_outside_what_its_measure_can_be(metric, value, expected):
    assert flags(metric, value) == expected


def test_a_valid_range_replaces_the_percentage_and_negative_checks():
    growth = {**LEVEL, "valid_range": {"min": "-10", "max": "150"}}
    assert flags(growth, "-5") == []  # negative, yet within the plan's range
    assert flags(growth, "120") == []  # over 100%, yet within it
    assert flags(growth, "151") == [(Check.VALID_RANGE, D(-10), D(150))]
    floor = {**COUNT, "valid_range": {"min": "100"}}
    assert flags(floor, "99") == [(Check.VALID_RANGE, D(100), None)]
    assert flags(floor, "100") == []


def _jump(metric, value, known, period="2025", of_area=True):  # type: ignore[no-untyped-def]
    m = make_plan(metric).metrics()[0]
    found = plausibility_flags(m, parse_period(period), D(value), known, of_area=of_area)
    return [
        (str(f.previous), f.previous_value, f.change, f.limit, f.largest)
        for f in found
        if f.check is Check.JUMP
    ]


# 57 → 58,5 → 60,2 → 62,5: the largest yearly change is 2,3, so up to 6,9 is usual.
SERIES = yearly("lab", {2021: "57", 2022: "58.5", 2023: "60.2", 2024: "62.5"})


def test_it_flags_a_jump_of_more_than_three_times_the_largest_change_so_far():
    assert _jump(LEVEL, "69.4", SERIES) == []  # 6,9: exactly three times
    assert _jump(LEVEL, "55.6", SERIES) == []  # down by 6,9
    assert _jump(LEVEL, "69.5", SERIES) == [("2024", D("62.5"), D("7.0"), D("6.9"), D("2.3"))]
    assert _jump(LEVEL, "6.5", SERIES) == [("2024", D("62.5"), D("-56.0"), D("6.9"), D("2.3"))]


def test_the_measure_s_max_change_replaces_the_automatic_limit():
    careful = {**LEVEL, "max_change": "2"}
    assert _jump(careful, "64.5", SERIES) == []
    assert _jump(careful, "64.6", SERIES) == [("2024", D("62.5"), D("2.1"), D("2"), None)]


def test_it_says_nothing_of_jumps_until_two_earlier_years_are_known():
    one_year = yearly("lab", {2024: "62.5"})
    assert _jump(LEVEL, "95", one_year) == []
    assert _jump({**LEVEL, "max_change": "2"}, "95", one_year) != []  # the plan's limit holds
    gap = yearly("lab", {2021: "57", 2022: "58.5", 2023: "60.2"})  # nothing for 2024
    assert _jump(LEVEL, "95", gap) == []


def test_the_baseline_stands_in_for_its_year_for_the_area_only():
    based = {**LEVEL, "baseline": {"year": 2020, "value": "55"}}
    known = yearly("lab", {2021: "57"})  # 55 → 57: a change of 2
    assert _jump(based, "64", known, period="2022") == [("2021", D("57"), D("7"), D("6"), D("2"))]
    assert _jump(based, "64", known, period="2022", of_area=False) == []  # a district


def test_it_compares_a_part_year_with_the_same_part_a_year_earlier():
    halves = [
        fig("lab", "2023-H1", "10"),
        fig("lab", "2024-H1", "11"),
        fig("lab", "2024", "40"),  # a year is no half year
    ]
    assert _jump(LEVEL, "14.5", halves, period="2025-H1") == [
        ("2024-H1", D("11"), D("3.5"), D("3"), D("1"))
    ]
    assert _jump(LEVEL, "14", halves, period="2025-H1") == []
    assert _jump(LEVEL, "99", halves, period="2021/2025") == []  # a whole term has no year before


def test_it_reads_each_earlier_year_by_the_vintage_known():
    revised = [
        *yearly("lab", {2022: "58.5", 2023: "60.2"}),
        fig("lab", "2024", "70", "estimate", as_of="2024-12-10"),
        fig("lab", "2024", "62.5", "official", as_of="2025-03-31"),  # replaces the estimate
    ]
    # from the official 62,5 (7,1 more), not from the estimate 70 (0,4 less)
    assert _jump(LEVEL, "69.6", revised) == [("2024", D("62.5"), D("7.1"), D("6.9"), D("2.3"))]
