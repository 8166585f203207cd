"""Kinds: a review in the term, the mid-term review (forecast and requirement per measure),
the final review (every target against the resolution, the headline count)."""

from datetime import date

import pytest

from chitieu.evaluation.engine import evaluate_plan
from chitieu.reports import ReportError, build_review, render
from chitieu.vnnumbers import format_vi
from tests.reportkit import (
    MIDTERM,
    core,
    docx_table,
    figures,
    header,
    judgement,
    open_docx,
    plan,
    review,
    rows_by_no,
)


def test_it_adds_each_measures_forecast_and_requirement_at_midterm():
    period, as_of = MIDTERM
    table = docx_table(render(review(period, as_of, "midterm"), "docx"))
    assert header(table)[-2:] == ["Dự báo", "Yêu cầu các năm còn lại"]
    rows = rows_by_no(table)
    grdp = core(as_of).metric_result("grdp-growth")
    assert grdp.forecast is not None and grdp.forecast.required is not None
    cells = rows["1"]
    assert cells[-2] == grdp.forecast.cls.label("vi")
    required = format_vi(grdp.forecast.required, 2)
    assert cells[-1] == f"{required}%/năm ({grdp.forecast.remaining_years} năm còn lại)"


def test_a_review_has_no_forecast_columns_but_a_forecast_paragraph():
    doc = open_docx(render(review("2023-H1", date(2023, 7, 1)), "docx"))
    assert "Dự báo" not in header(doc.tables[1])
    assert any(p.startswith("Dự báo đến năm 2025") for p in judgement(doc))


def test_a_final_review_judges_every_target_against_the_resolution():
    doc = open_docx(render(review("2025", None, "final"), "docx"))
    rows = rows_by_no(doc.tables[1])
    result = core()
    for t in result.targets:
        assert rows[str(t.target.no)][-1] == t.status.label("vi", t.final)
    assert judgement(doc)[0].startswith(result.headline("vi"))
    assert header(doc.tables[1])[4:8] == ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024"]


def test_the_whole_term_is_the_same_final_review():
    by_year = review("2025", None, "final")
    by_term = review("2021/2025", None, "final")
    assert by_term.judgement == by_year.judgement
    assert [r.status for r in by_term.rows] == [r.status for r in by_year.rows]


def test_a_final_review_before_the_end_is_refused():
    with pytest.raises(ReportError, match="end of the term") as exc:
        review("2023", None, "final")
    assert exc.value.field == "period"


def test_a_review_sees_only_the_figures_up_to_its_period():
    nine_months = review("2023-9M", None)  # every vintage, but only periods up to 9/2023
    assert nine_months.years == [2021, 2022]
    kept = [
        f
        for f in figures()
        if not f.period.is_term
        and (
            f.period.year < 2023
            or (f.period.year == 2023 and not f.period.is_annual and f.period.end_month() <= 9)
        )
    ]
    expected = evaluate_plan(plan(), kept)
    assert nine_months.result.headline("vi") == expected.headline("vi")
    assert nine_months.result.by_status() == expected.by_status()
    grdp = next(r for r in nine_months.rows if r.no == "1")
    assert grdp.current.value == next(
        f.value for f in kept if f.metric == "grdp-growth" and str(f.period) == "2023-9M"
    )


def test_the_document_is_dated_on_the_as_of_date():
    text = render(review("2023", date(2024, 1, 5), "midterm"), "docx")
    right = open_docx(text).tables[0].rows[0].cells[1].text
    assert "Lạng Sơn, ngày 05 tháng 01 năm 2024" in right  # Decree 30: leading zeros


def test_the_issuer_and_number_can_be_given():
    data = build_review(
        plan(), figures(), "2023", None, issuer="Đảng bộ tỉnh Lạng Sơn\nTỉnh ủy", number="9-BC/TU"
    )
    left = open_docx(render(data, "docx")).tables[0].rows[0].cells[0].text
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN\nTỈNH ỦY" in left and "Số 9-BC/TU" in left
