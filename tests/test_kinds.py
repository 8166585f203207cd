"""Each kind of metric turns its figures into the value judged, as the resolution means it."""

from decimal import Decimal as D

from chitieu.evaluation.statuses import ForecastClass, Status
from tests.helpers import evaluate_one, fig, make_plan, yearly

GROWTH = {
    "id": "g",
    "kind": "average_annual_growth",
    "input": "rate",
    "comparator": "range",
    "low": "7",
    "high": "7.5",
}


def test_it_averages_growth_rates_compoundly():
    plan = make_plan(GROWTH)
    r = evaluate_one(plan, yearly("g", {2021: "6", 2022: "8", 2023: "7", 2024: "7.5", 2025: "7"}))
    # ((1.06)(1.08)(1.07)(1.075)(1.07))^(1/5) − 1 = 7.0979…% → 7.10 at 2 decimals
    assert r.value == D("7.10")
    assert str(r.computed)[:6] == "7.0979"
    assert r.status is Status.ACHIEVED and r.final
    assert r.forecast is None


def test_it_compares_the_rounded_average_not_the_arithmetic_mean():
    plan = make_plan(GROWTH)
    # arithmetic mean 7.0 exactly, compound mean 6.97…: not achieved
    r = evaluate_one(plan, yearly("g", {2021: "2", 2022: "12", 2023: "7", 2024: "7", 2025: "7"}))
    assert r.value < D("7") and r.status is Status.NOT_ACHIEVED


def test_it_computes_growth_from_levels_and_the_baseline():
    plan = make_plan({**GROWTH, "input": "level"})
    figures = yearly("g", {2020: "100", 2025: "140"})
    r = evaluate_one(plan, figures)
    # (140/100)^(1/5) − 1 = 6.96%
    assert r.value == D("6.96") and r.status is Status.NOT_ACHIEVED


def test_it_uses_the_plan_baseline_when_no_baseline_figure_exists():
    plan = make_plan({**GROWTH, "input": "level", "baseline": {"year": 2020, "value": "100"}})
    r = evaluate_one(plan, yearly("g", {2025: "145"}))
    assert r.value == D("7.71") and r.status is Status.EXCEEDED  # (1.45)^(1/5) − 1


def test_it_says_no_data_when_levels_have_no_baseline():
    plan = make_plan({**GROWTH, "input": "level"})
    r = evaluate_one(plan, yearly("g", {2023: "120"}))
    assert r.status is Status.NO_DATA
    assert any("2020" in s for s in r.explanation.text("en"))


def test_it_uses_a_published_term_figure_and_shows_the_computed_one_beside_it():
    plan = make_plan(GROWTH)
    figures = yearly("g", {2021: "7", 2022: "7", 2023: "7", 2024: "7", 2025: "7"})
    figures.append(fig("g", "2021/2025", "6.9"))
    r = evaluate_one(plan, figures)
    assert r.published == D("6.9") and r.value == D("6.9")
    assert r.computed is not None and abs(r.computed - D(7)) < D("0.000001")
    assert r.status is Status.NOT_ACHIEVED
    text = " ".join(r.explanation.text("vi"))
    assert "6,9" in text and "7" in text


def test_it_sums_cumulative_targets_over_the_term():
    plan = make_plan(
        {
            "id": "inv",
            "kind": "cumulative_over_term",
            "comparator": "range",
            "low": "166",
            "high": "168",
            "unit": "nghìn tỷ đồng",
        }
    )
    r = evaluate_one(
        plan, yearly("inv", {2021: "30", 2022: "32", 2023: "33", 2024: "35", 2025: "36"})
    )
    assert r.value == D("166") and r.status is Status.ACHIEVED and r.final
    r = evaluate_one(
        plan, yearly("inv", {2021: "30", 2022: "32", 2023: "33", 2024: "35", 2025: "38.1"})
    )
    assert r.status is Status.EXCEEDED


def test_it_uses_a_published_term_total():
    plan = make_plan(
        {"id": "inv", "kind": "cumulative_over_term", "comparator": ">=", "low": "166"}
    )
    figures = yearly("inv", {2021: "30", 2022: "32"}) + [fig("inv", "2021/2025", "165")]
    r = evaluate_one(plan, figures)
    assert r.value == D("165") and r.computed == D("62") and r.final
    assert r.status is Status.NOT_ACHIEVED


def test_it_checks_every_year_and_reports_years_held_and_the_mean():
    plan = make_plan(
        {
            "id": "forest",
            "kind": "every_year",
            "comparator": ">=",
            "low": "9000",
            "unit": "ha",
            "decimals": 0,
        }
    )
    r = evaluate_one(
        plan,
        yearly("forest", {2021: "9500", 2022: "9000", 2023: "8999", 2024: "9100", 2025: "9200"}),
    )
    assert [y.status for y in r.years] == [
        Status.EXCEEDED,
        Status.ACHIEVED,
        Status.NOT_ACHIEVED,
        Status.EXCEEDED,
        Status.EXCEEDED,
    ]
    assert r.status is Status.NOT_ACHIEVED
    assert r.value == D("9160")
    assert any("4/5" in s for s in r.explanation.text("vi"))


def test_every_year_is_exceeded_only_when_every_year_exceeds():
    plan = make_plan({"id": "p", "kind": "every_year", "comparator": ">=", "low": "90"})
    values = {2021: "91", 2022: "92", 2023: "93", 2024: "94", 2025: "95"}
    assert evaluate_one(plan, yearly("p", values)).status is Status.EXCEEDED
    values[2023] = "90"
    assert evaluate_one(plan, yearly("p", values)).status is Status.ACHIEVED


def test_it_derives_yearly_reductions_from_levels():
    plan = make_plan(
        {
            "id": "acc",
            "kind": "reduction_per_year",
            "input": "level",
            "comparator": ">=",
            "low": "5",
        }
    )
    # 200 → 190 is −5.00% (achieved at the bound); 190 → 181 is −4.74% (not achieved)
    r = evaluate_one(plan, yearly("acc", {2020: "200", 2021: "190", 2022: "181"}))
    assert [(y.year, y.value, y.status) for y in r.years] == [
        (2021, D("5.00"), Status.ACHIEVED),
        (2022, D("4.74"), Status.NOT_ACHIEVED),
    ]
    assert r.status is Status.NOT_ACHIEVED
    assert r.forecast is not None and r.forecast.cls is ForecastClass.OFF_TRACK


def test_it_reads_reductions_given_as_rates():
    plan = make_plan(
        {"id": "acc", "kind": "reduction_per_year", "input": "rate", "comparator": ">=", "low": "3"}
    )
    r = evaluate_one(plan, yearly("acc", {y: "3.5" for y in range(2021, 2026)}))
    assert r.status is Status.EXCEEDED and r.final


def test_a_rise_is_a_negative_reduction():
    plan = make_plan(
        {
            "id": "acc",
            "kind": "reduction_per_year",
            "input": "level",
            "comparator": ">=",
            "low": "5",
        }
    )
    r = evaluate_one(plan, yearly("acc", {2020: "100", 2021: "110"}))
    assert r.years[0].value == D("-10.00") and r.status is Status.NOT_ACHIEVED


def test_a_reduction_from_zero_is_explained_not_crashed():
    plan = make_plan(
        {
            "id": "acc",
            "kind": "reduction_per_year",
            "input": "level",
            "comparator": ">=",
            "low": "5",
        }
    )
    r = evaluate_one(plan, yearly("acc", {2020: "0", 2021: "0"}))
    assert r.status is Status.NO_DATA
    assert any("0" in s for s in r.explanation.text("en"))


def test_shares_are_judged_in_the_end_year():
    plan = make_plan(
        {
            "id": "agri",
            "kind": "share_structure",
            "comparator": "range",
            "low": "17",
            "high": "18",
            "direction": "within",
        }
    )
    r = evaluate_one(plan, yearly("agri", {2024: "17.5", 2025: "18.4"}))
    assert r.value == D("18.4") and r.status is Status.NOT_ACHIEVED and r.final


def test_level_before_the_end_year_is_provisional():
    plan = make_plan({"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"})
    r = evaluate_one(plan, yearly("lab", {2021: "60", 2022: "62"}))
    assert r.value == D("62") and not r.final
    assert r.status is Status.NOT_ACHIEVED and r.forecast is not None


def test_it_counts_units_from_unit_level_figures():
    plan = make_plan(
        {
            "id": "ntm",
            "kind": "count_of_units",
            "comparator": ">=",
            "low": "2",
            "unit": "xã",
            "decimals": 0,
        }
    )
    figures = [fig("ntm", "2025", v, unit=u) for u, v in [("c1", "1"), ("c2", "1"), ("c3", "0")]]
    r = evaluate_one(plan, figures)
    assert r.value == D("2") and r.status is Status.ACHIEVED


def test_a_count_reported_for_the_area_wins_over_unit_figures():
    plan = make_plan({"id": "ntm", "kind": "count_of_units", "comparator": ">=", "low": "2"})
    figures = [fig("ntm", "2025", "1", unit="c1"), fig("ntm", "2025", "1")]
    assert evaluate_one(plan, figures).value == D("1")


def test_other_is_assessed_by_a_person():
    plan = make_plan(
        {
            "id": "q",
            "kind": "other",
            "manual": {"status": "achieved", "reason": "Duy trì ổn định", "by": "Sở KH&ĐT"},
        }
    )
    r = evaluate_one(plan, [])
    assert r.status is Status.MANUAL and r.assessed is Status.ACHIEVED
    assert "Duy trì ổn định" in r.explanation.text("vi")[0]


def test_other_without_assessment_is_manual_and_not_counted():
    plan = make_plan(
        {"id": "q", "kind": "other"},
        {"id": "x", "kind": "level_at_end", "comparator": ">=", "low": "1"},
    )
    from chitieu.evaluation.engine import evaluate_plan

    result = evaluate_plan(plan, yearly("x", {2025: "2"}))
    assert result.targets[0].status is Status.MANUAL
    assert result.met == 1 and result.by_status()["manual"] == 1


def test_missing_years_are_named_and_the_rest_still_evaluated():
    plan = make_plan(GROWTH)
    r = evaluate_one(plan, yearly("g", {2021: "7", 2023: "7.2"}))
    assert any("2022" in s for s in r.explanation.text("en"))
    assert r.status is Status.ACHIEVED and not r.final


def test_no_figures_means_no_data():
    plan = make_plan(GROWTH)
    r = evaluate_one(plan, [])
    assert r.status is Status.NO_DATA and r.value is None and r.forecast is None


def test_every_status_carries_its_figures_and_formula():
    plan = make_plan(GROWTH)
    r = evaluate_one(plan, yearly("g", {2021: "7", 2022: "7.4"}, source="Cục Thống kê"))
    assert r.explanation.formula
    assert [(f.period, f.stage, f.source) for f in r.explanation.figures] == [
        ("2021", "official", "Cục Thống kê"),
        ("2022", "official", "Cục Thống kê"),
    ]


def test_growth_from_an_earlier_baseline_counts_years_from_it():
    plan = make_plan(
        {
            "id": "g",
            "kind": "average_annual_growth",
            "input": "level",
            "comparator": ">=",
            "low": "7",
            "baseline": {"year": 2019, "value": "100"},
        }
    )
    r = evaluate_one(plan, yearly("g", {2021: "114.49"}))  # 7% a year over 2 years
    assert r.value == D("7.00") and r.status is Status.ACHIEVED
    f = r.forecast
    assert f is not None and f.remaining_years == 4  # 2022–2025 of the 6 years from 2019
    assert abs(f.required - D("7")) < D("1e-20")  # type: ignore[operator]


def test_an_assessment_made_after_the_as_of_date_is_not_known_then():
    plan = make_plan(
        {
            "id": "q",
            "kind": "other",
            "manual": {"status": "achieved", "reason": "r", "on": "2025-12-20"},
        }
    )
    assert evaluate_one(plan, [], as_of="2024-01-01").assessed is None
    assert evaluate_one(plan, [], as_of="2025-12-20").assessed is Status.ACHIEVED
