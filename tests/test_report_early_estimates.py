"""A review document written on December estimates says they are provisional: a shortfall
reads "chưa đạt", not "không đạt", until figures reported after the year come in; the
notes say why; and a document of a period without yearly figures gives the forecast the
part-year figure gives."""

from __future__ import annotations

from datetime import date

from chitieu.reports import build_review
from chitieu.reports.judgement import notes
from tests.reportkit import figures, plan


def _rows(review):  # type: ignore[no-untyped-def]
    return {r.result.metric.id: r for r in review.rows if r.result is not None}


def test_the_year_end_review_on_december_estimates_is_provisional():
    review = build_review(plan(), figures(), "2025", date(2025, 12, 15), "final")
    rows = _rows(review)
    assert rows["trained-labour"].status == "chưa đạt"  # 64,8 ước, reported 10/12/2025
    assert rows["trained-labour"].forecast == "cần nỗ lực lớn"
    assert rows["tourist-arrivals"].status == "chưa đạt"
    assert any("báo cáo trước khi hết kỳ" in line for line in notes(review, figures()))


def test_the_same_review_on_the_official_figures_is_final():
    rows = _rows(build_review(plan(), figures(), "2025", None, "final"))
    assert rows["trained-labour"].status == "không đạt"  # 64,5 chính thức, 31/3/2026
    assert rows["trained-labour"].forecast == ""


def test_a_six_month_review_of_the_first_year_has_a_forecast():
    review = build_review(plan(), figures(), "2021-H1", date(2021, 7, 15))
    grdp = _rows(review)["grdp-growth"]
    assert grdp.status == "chưa có số liệu"
    assert grdp.forecast == "cần nỗ lực lớn"
    assert grdp.current.value is not None and str(grdp.current.value) == "4.6"
