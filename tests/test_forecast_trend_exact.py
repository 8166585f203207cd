"""A level's trend that lands exactly on its target meets it: the projection is the exact
least-squares value, not one rounded at 34 digits a hair short of the bound (three years
make a mean of 2022,333…), so the forecast is on track, not at risk."""

from decimal import Decimal as D

from chitieu.evaluation.formulas import project_linear
from chitieu.evaluation.statuses import ForecastClass
from tests.helpers import evaluate_one, make_plan, yearly

# 299,1 in 2021, 301,3 in 2023, 300,1 in 2024: the line through them reaches 301,2 in
# 2025 (slope 9/14, mean 300,1666… at 2022,333…: 300,1666… + 9/14 × 8/3 = 301,2).
POINTS = {2021: "299.1", 2023: "301.3", 2024: "300.1"}


def test_it_projects_the_exact_value():
    points = [(y, D(v)) for y, v in POINTS.items()]
    assert project_linear(points, 2025) == D("301.2")


def test_a_projection_exactly_at_the_floor_of_a_range_is_on_track():
    plan = make_plan(
        {"id": "lv", "kind": "level_at_end", "comparator": "range", "low": "301.2",
         "high": "301.7", "direction": "higher_is_better"}
    )  # fmt: skip
    f = evaluate_one(plan, yearly("lv", POINTS), as_of="2025-06-30").forecast
    assert f is not None and f.method == "trend_linear"
    assert (f.projected, f.progress_ratio, f.cls) == (D("301.2"), D(1), ForecastClass.ON_TRACK)


def test_the_projection_keeps_its_written_form_when_the_decimals_were_exact():
    # 16,5 then 16,9: +0,4 a year, 18,1 in 2025, which the JSON has always written "18.10"
    points = [(2021, D("16.5")), (2022, D("16.9"))]
    assert str(project_linear(points, 2025)) == "18.10"


def test_figures_of_many_digits_are_projected_exactly_too():
    # +0,9 a year from a 31-digit level: the sums need more than 34 digits
    points = [
        (2021, D("1234567890123456789012345678901.1")),
        (2022, D("1234567890123456789012345678902.0")),
        (2023, D("1234567890123456789012345678902.9")),
    ]
    assert project_linear(points, 2025) == D("1234567890123456789012345678904.7")
