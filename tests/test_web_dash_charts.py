"""Each measure's chart carries its yearly values, its target band and its projection;
charts are drawn with the vendored ECharts, no CDN."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

from chitieu.web.dashboard.charts import nice_bounds
from tests.dashhelpers import chart_spec, plan_url, target_url
from tests.webhelpers import client_for


def _series(spec, name_start):
    return next(s for s in spec["option"]["series"] if s["name"].startswith(name_start))


def _values(series):
    return [None if d is None else d["value"] for d in series["data"]]


def test_it_draws_the_yearly_rates_against_the_target_range(demo):
    spec = chart_spec(client_for(None).get(target_url(1)), "chart-grdp-growth")
    option = spec["option"]
    assert spec["unit"] == "%"
    assert option["xAxis"]["data"] == ["2021", "2022", "2023", "2024", "2025"]
    rates = _series(spec, "Tốc độ từng năm")
    assert _values(rates)[:2] == [6.71, 7.45]
    assert None not in _values(rates)
    band = rates["markArea"]["data"][0]
    assert (band[0]["yAxis"], band[1]["yAxis"]) == (7, 7.5)
    assert "7–7,5%" in band[0]["name"]
    average = _series(spec, "Bình quân")
    assert _values(average) == [7.21] * 5
    assert option["yAxis"]["min"] <= 6.71 and option["yAxis"]["max"] >= 7.5


def test_it_draws_a_single_bound_and_the_projection_to_the_end_year(demo):
    spec = chart_spec(
        client_for(None).get(target_url(13, as_of="2023-10-15")), "chart-trained-labour"
    )
    actual = _series(spec, "Tỷ lệ lao động qua đào tạo")
    assert _values(actual) == [57.0, 58.5, None, None, None]
    assert actual["markLine"]["data"][0]["yAxis"] == 65
    trend = _series(spec, "Xu hướng đến năm 2025")
    assert trend["lineStyle"]["type"] == "dashed"
    assert _values(trend) == [None, 58.5, None, None, 63.0]
    required = _series(spec, "Cần đạt: +2,17 điểm %/năm")
    assert _values(required)[-1] == 65.0
    assert spec["option"]["yAxis"]["max"] >= 65  # the bound is in view


def test_it_marks_estimates_in_the_chart(demo):
    spec = chart_spec(
        client_for(None).get(target_url(13, as_of="31/12/2025")), "chart-trained-labour"
    )
    last = _series(spec, "Tỷ lệ lao động qua đào tạo")["data"][-1]
    assert last["value"] == 64.8 and last["note"] == "ước"


def test_it_draws_a_running_total_against_the_term_target(demo):
    spec = chart_spec(
        client_for(None).get(target_url(7, as_of="2023-10-15")), "chart-social-investment"
    )
    total = _series(spec, "Lũy kế")
    assert _values(total)[:2] == [28.5, 59.7]
    band = total["markArea"]["data"][0]
    assert (band[0]["yAxis"], band[1]["yAxis"]) == (166, 168)
    assert _values(_series(spec, "Theo nhịp hiện nay"))[-1] == 149.25


def test_it_colours_each_year_of_an_every_year_measure_by_its_status(demo):
    spec = chart_spec(client_for(None).get(target_url(15)), "chart-criminal-offences")
    bars = _series(spec, "Mức giảm")
    colours = [d["itemStyle"]["color"] for d in bars["data"]]
    assert colours.count("#c0392b") == 1  # 2,05% in 2023 is below the 3% a year
    assert bars["markLine"]["data"][0]["yAxis"] == 3


def test_it_charts_the_plan_by_group(demo):
    spec = chart_spec(client_for(None).get(plan_url()), "chart-groups")
    option = spec["option"]
    assert option["yAxis"]["data"][0] == "Kinh tế"
    assert sum(d or 0 for s in option["series"] for d in s["data"]) == 20


def test_it_uses_only_the_vendored_echarts(demo):
    html = client_for(None).get(target_url(1)).content.decode()
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', html)
    assert f"{settings.STATIC_URL}vendor/echarts-6.1.0.min.js" in scripts
    assert f"{settings.STATIC_URL}dashboard/charts.js" in scripts
    assert all(s.startswith(settings.STATIC_URL) for s in scripts)
    script = finders.find("dashboard/charts.js")
    assert script and "formatVi" in Path(script).read_text(encoding="utf-8")


def test_it_chooses_round_axis_bounds_around_every_value():
    assert nice_bounds([57.0, 58.5, 65.0]) == (56.0, 66.0)
    low, high = nice_bounds([28.5, 168.0], include_zero=True)
    assert low == 0 and high >= 168


def test_it_derives_the_yearly_rates_of_a_growth_measure_given_as_levels(db):
    from chitieu.evaluation.engine import arrange
    from chitieu.figures.vintages import current_figures
    from chitieu.web.dashboard.charts import measure_chart
    from tests.helpers import evaluate_one, make_plan, yearly

    plan = make_plan(
        {
            "id": "revenue",
            "kind": "average_annual_growth",
            "input": "level",
            "comparator": ">=",
            "low": "7",
            "baseline": {"year": 2020, "value": "100"},
        }
    )
    figures = yearly("revenue", {2021: "107", 2022: "114.49"})
    spec = measure_chart(
        plan, evaluate_one(plan, figures), arrange(plan, current_figures(figures))["revenue"]
    )
    rates = _series(spec, "Tốc độ từng năm")
    assert _values(rates) == [7.0, 7.0, None, None, None]
    assert rates["markLine"]["data"][0]["yAxis"] == 7
    assert _values(_series(spec, "Các năm còn lại cần đạt"))[2:] == [7.0, 7.0, 7.0]
