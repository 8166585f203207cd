"""The demo's illustrative figures show every status and every forecast class the bundled
plan can give, each on a date a visitor can type into "Tình hình tại ngày".

The README's tour relies on them: "khó đạt" for target 4's visitors on 15/10/2023 (the
pandemic still weighed on 2022), "cần nỗ lực lớn" with "+2,17 điểm %/năm" for trained
labour, a six-month growth figure in July 2021 before any yearly figure, the December
estimates of 2025 that keep every result provisional until the official figures, and the
final count 16/20. ("xấp xỉ đạt" needs a tolerance and "đánh giá thủ công" a qualitative
target; the resolution encoded in the bundled plan has neither.)
"""

from __future__ import annotations

from datetime import date

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import PlanResult
from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import bundled_plan_path, load_plan
from tests.dashhelpers import plan_url, text_of
from tests.webhelpers import client_for

PLAN = load_plan(bundled_plan_path("langson-xvii"))
FIGURES = read_figures(
    bundled_plan_path("langson-xvii").with_name("langson-xvii.figures.csv"), PLAN
)
DATES = [date(2021, 7, 15), date(2023, 10, 15), date(2025, 12, 15), None]


def _on(as_of: date | None) -> PlanResult:
    return evaluate_plan(PLAN, FIGURES, as_of)


def _labels(as_of: date | None) -> dict[str, tuple[str, str]]:
    """Per measure: (status label, forecast label)."""
    return {
        m.metric.id: (
            m.status.label("vi", m.final),
            m.forecast.cls.label("vi") if m.forecast else "",
        )
        for t in _on(as_of).targets
        for m in t.metrics
    }


def test_every_status_and_forecast_class_appears_on_some_date():
    statuses, forecasts = set(), set()
    for as_of in DATES:
        for status, forecast in _labels(as_of).values():
            statuses.add(status)
            forecasts.add(forecast)
    assert statuses == {"vượt", "đạt", "chưa đạt", "không đạt", "chưa có số liệu"}
    assert forecasts == {"", "có khả năng đạt", "cần nỗ lực lớn", "khó đạt"}


def test_the_nine_month_review_of_2023_has_every_forecast_class():
    labels = _labels(date(2023, 10, 15))
    assert labels["tourist-arrivals"] == ("chưa đạt", "khó đạt")  # 1,2 then 1,5 million
    assert labels["trained-labour"] == ("chưa đạt", "cần nỗ lực lớn")
    assert labels["grdp-growth"] == ("đạt", "có khả năng đạt")
    assert labels["domestic-revenue-growth"] == ("vượt", "có khả năng đạt")


def test_july_2021_has_only_a_six_month_figure():
    result = _on(date(2021, 7, 15))
    assert result.met == 0
    grdp = result.metric_result("grdp-growth")
    assert grdp.status.label("vi") == "chưa có số liệu"
    assert grdp.forecast is not None and grdp.forecast.cls.label("vi") == "cần nỗ lực lớn"
    assert grdp.part_year is not None and (grdp.part_year.period, str(grdp.part_year.value)) == (
        "2021-H1",
        "4.6",
    )


def test_the_december_estimates_of_2025_keep_every_result_provisional():
    result = _on(date(2025, 12, 15))
    assert result.met == 16
    assert not any(t.final for t in result.targets)
    early = [m.metric.id for t in result.targets for m in t.metrics if m.reported_early]
    assert "grdp-growth" in early and "trained-labour" in early
    labour = result.metric_result("trained-labour")
    assert labour.status.label("vi", labour.final) == "chưa đạt"  # 64,8 ước, 10/12/2025


def test_the_latest_figures_are_final_and_give_sixteen_of_twenty():
    result = _on(None)
    assert result.headline() == "Đạt và vượt 16/20 chỉ tiêu"
    assert all(t.final for t in result.targets)
    missed = [t.target.no for t in result.targets if t.status.label("vi", t.final) == "không đạt"]
    assert missed == [4, 6, 13, 15]


def test_the_dashboard_shows_off_track_for_target_4_on_15_10_2023(demo):
    response = client_for(None).get(plan_url(as_of="15/10/2023"))
    visitors = text_of(response, "target-4")
    assert "khó đạt" in visitors and "1.500.000" in visitors
