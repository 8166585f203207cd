"""Properties of the averaging, required-rate and forecast formulas, over many inputs."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.evaluation.formulas import (
    cagr,
    compound_average,
    growth_factor,
    project_linear,
    required_rate,
)
from chitieu.evaluation.statuses import ForecastClass
from tests.helpers import evaluate_one, make_plan, yearly

rates = st.decimals(min_value=D("-30"), max_value=D("40"), places=2)
TOL = D("1e-20")


@given(st.lists(rates, min_size=1, max_size=10))
def test_the_average_reproduces_the_total_growth(gs):  # type: ignore[no-untyped-def]
    avg = compound_average(gs)
    assert abs(growth_factor([avg] * len(gs)) - growth_factor(gs)) < D("1e-25")


@given(st.lists(rates, min_size=1, max_size=10))
def test_the_average_lies_between_the_extremes(gs):  # type: ignore[no-untyped-def]
    avg = compound_average(gs)
    assert min(gs) - TOL <= avg <= max(gs) + TOL


@given(rates, st.integers(min_value=1, max_value=10))
def test_a_constant_rate_is_its_own_average(g, n):  # type: ignore[no-untyped-def]
    assert abs(compound_average([g] * n) - g) < D("1e-25")


@given(
    st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2),
    st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2),
    st.integers(min_value=1, max_value=15),
)
def test_cagr_reaches_the_end_level(start, end, years):  # type: ignore[no-untyped-def]
    g = cagr(start, end, years)
    assert abs(start * growth_factor([g] * years) - end) <= end * D("1e-20")


@given(rates, st.lists(rates, min_size=1, max_size=4), st.integers(min_value=5, max_value=10))
def test_the_required_rate_closes_the_gap_exactly(target, done, total):  # type: ignore[no-untyped-def]
    need = required_rate(target, total, growth_factor(done), len(done))
    reached = growth_factor(done) * growth_factor([need] * (total - len(done)))
    assert abs(reached - growth_factor([target] * total)) < reached * D("1e-25")


@given(rates, st.lists(rates, min_size=1, max_size=4))
def test_more_growth_so_far_never_needs_a_higher_rate(target, done):  # type: ignore[no-untyped-def]
    better = [g + 1 for g in done]
    assert required_rate(target, 5, growth_factor(better), len(done)) <= required_rate(
        target, 5, growth_factor(done), len(done)
    )


@given(
    st.decimals(min_value=D("-100"), max_value=D("100"), places=1),
    st.decimals(min_value=D("-10"), max_value=D("10"), places=1),
)
def test_a_straight_line_projects_exactly(intercept, slope):  # type: ignore[no-untyped-def]
    points = [(y, intercept + slope * (y - 2020)) for y in range(2020, 2024)]
    assert abs(project_linear(points, 2025) - (intercept + slope * 5)) < D("1e-20")


@settings(max_examples=60)
@given(st.lists(rates, min_size=1, max_size=4))
def test_the_forecast_class_follows_the_pace_against_the_required_rate(done):  # type: ignore[no-untyped-def]
    plan = make_plan(
        {
            "id": "g",
            "kind": "average_annual_growth",
            "input": "rate",
            "comparator": ">=",
            "low": "7",
        }
    )
    f = evaluate_one(plan, yearly("g", {2021 + i: str(g) for i, g in enumerate(done)})).forecast
    assert f is not None and f.required is not None
    pace = compound_average(done)
    if pace >= 7:
        assert f.cls is ForecastClass.ON_TRACK
    elif pace <= 0:
        assert f.cls is ForecastClass.OFF_TRACK
    else:
        assert f.cls is not ForecastClass.ON_TRACK
        expected = (
            ForecastClass.AT_RISK if pace / f.required >= D("0.6") else ForecastClass.OFF_TRACK
        )
        assert f.cls is expected
