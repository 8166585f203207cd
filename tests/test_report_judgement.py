"""The judgement: counts, shortfalls with their gaps, and the targets at risk with what they
need, all as the core evaluation has them, in Vietnamese number format."""

from datetime import date
from decimal import Decimal

import pytest

from chitieu.evaluation.statuses import ForecastClass, Status
from chitieu.reports import render
from chitieu.vnnumbers import format_vi
from tests.reportkit import NINE_MONTHS, core, judgement, open_docx, review


@pytest.fixture(scope="module")
def final() -> list[str]:
    return judgement(open_docx(render(review("2025", None, "final"), "docx")))


@pytest.fixture(scope="module")
def nine_months() -> list[str]:
    period, as_of = NINE_MONTHS
    return judgement(open_docx(render(review(period, as_of), "docx")))


def _numbers(status: Status, as_of: date | None = None) -> list[int]:
    return [t.target.no for t in core(as_of).targets if t.status is status]


def test_it_opens_with_the_headline_count(final: list[str]):
    result = core()
    exceeded, achieved = _numbers(Status.EXCEEDED), _numbers(Status.ACHIEVED)
    assert final[0].startswith(f"Đạt và vượt {result.met}/{len(result.targets)} chỉ tiêu")
    assert f"vượt {len(exceeded)} chỉ tiêu (chỉ tiêu {', '.join(map(str, exceeded))})" in final[0]
    assert f"đạt {len(achieved)} chỉ tiêu (chỉ tiêu {', '.join(map(str, achieved))})" in final[0]


def test_it_names_every_target_not_achieved_with_its_gap(final: list[str]):
    missed = _numbers(Status.NOT_ACHIEVED)
    paragraph = next(p for p in final if p.startswith("Không đạt"))
    assert paragraph.startswith(f"Không đạt {len(missed)} chỉ tiêu: ")
    for no in missed:
        assert f"chỉ tiêu {no} – " in paragraph
    labour = core().metric_result("trained-labour")
    assert labour.value is not None and labour.metric.low is not None
    gap = format_vi(labour.metric.low - labour.value)
    share = format_vi(labour.value / labour.metric.low * 100, 1)
    assert (
        f"Tỷ lệ lao động qua đào tạo: {format_vi(labour.value)}% so với mục tiêu ≥ 65% "
        f"(thấp hơn {gap} điểm %, bằng {share}% mục tiêu)"
    ) in paragraph


def test_it_names_the_years_an_every_year_target_missed(final: list[str]):
    crime = core().metric_result("criminal-offences")
    missed = [c for c in crime.years if not c.status.is_met]
    assert missed
    paragraph = next(p for p in final if p.startswith("Không đạt"))
    listed = ", ".join(f"{c.year} ({format_vi(c.value)}%)" for c in missed)
    assert f"Giảm phạm pháp hình sự: mục tiêu ≥ 3% mỗi năm, năm không đạt: {listed}" in paragraph


def test_a_final_review_has_no_forecast(final: list[str]):
    assert not any(p.startswith("Dự báo") for p in final)


def test_before_the_end_a_shortfall_is_not_yet(nine_months: list[str]):
    _, as_of = NINE_MONTHS
    short = _numbers(Status.NOT_ACHIEVED, as_of)
    assert any(p.startswith(f"Chưa đạt {len(short)} chỉ tiêu: ") for p in nine_months)
    result = core(as_of)
    assert nine_months[0].startswith(
        f"Đạt và vượt {result.met}/{len(result.targets)} chỉ tiêu chủ yếu Nghị quyết đề ra, "
        "tính đến 9 tháng năm 2023"
    )


def test_it_lists_the_targets_at_risk_with_the_rate_they_need(nine_months: list[str]):
    _, as_of = NINE_MONTHS
    forecast = next(p for p in nine_months if p.startswith("Dự báo đến năm 2025: "))
    exports = core(as_of).metric_result("local-exports-growth")
    assert exports.forecast is not None and exports.forecast.cls is ForecastClass.AT_RISK
    assert exports.forecast.required is not None
    rate = format_vi(exports.forecast.required, 2)
    years = exports.forecast.remaining_years
    assert f"{exports.metric.name} (cần {rate}%/năm trong {years} năm còn lại)" in forecast
    investment = core(as_of).metric_result("social-investment")
    assert investment.forecast is not None and investment.forecast.required is not None
    amount = format_vi(investment.forecast.required, 2)
    assert f"(cần {amount} nghìn tỷ đồng/năm trong" in forecast


def test_it_counts_the_targets_by_forecast(nine_months: list[str]):
    _, as_of = NINE_MONTHS
    severity = {ForecastClass.ON_TRACK: 0, ForecastClass.AT_RISK: 1, ForecastClass.OFF_TRACK: 2}
    worst: dict[ForecastClass, int] = {c: 0 for c in ForecastClass}
    for t in core(as_of).targets:
        classes = [m.forecast.cls for m in t.metrics if m.forecast is not None]
        if classes and not t.final:
            worst[max(classes, key=severity.__getitem__)] += 1
    forecast = next(p for p in nine_months if p.startswith("Dự báo"))
    assert f"{worst[ForecastClass.ON_TRACK]} chỉ tiêu có khả năng đạt" in forecast
    assert f"{worst[ForecastClass.AT_RISK]} chỉ tiêu cần nỗ lực lớn: " in forecast


def test_numbers_are_written_the_vietnamese_way(final: list[str]):
    text = " ".join(final)
    arrivals = core().metric_result("tourist-arrivals")
    assert arrivals.value is not None
    assert format_vi(arrivals.value) in text and "." in format_vi(arrivals.value)
    assert format_vi(Decimal("0.5")) == "0,5" and "0,5 điểm %" in text
