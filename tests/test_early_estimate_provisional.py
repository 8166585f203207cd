"""A figure reported before its period ends is provisional, and the result says so.

In November a province estimated its whole-year growth at 7,5% against "8% trở lên": the
year was judged "không đạt", final, seven weeks before it ended, and six weeks later the
province reported 8,6%. A result built on a figure reported on or before its period's
last day is not final: the shortfall reads "chưa đạt", the explanation names the early
figure, the result carries ``reported_early`` and a forecast instead of a verdict. Once
a figure reported after the period ended replaces it, the result is final.
"""

from decimal import Decimal as D

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.statuses import ForecastClass, Status
from tests.helpers import evaluate_one, fig, make_plan

ONE_YEAR = {"baseline_year": 2024, "start_year": 2025, "end_year": 2025}
GROWTH = {"id": "grdp", "kind": "level_at_end", "comparator": ">=", "low": "8"}
NOVEMBER = fig("grdp", "2025", "7.5", "estimate", as_of="2025-11-10")
JANUARY = fig("grdp", "2025", "8.6", "estimate", as_of="2026-01-20")


def test_a_november_estimate_for_the_year_is_not_a_final_verdict():
    r = evaluate_one(make_plan(GROWTH, **ONE_YEAR), [NOVEMBER])
    assert r.status is Status.NOT_ACHIEVED  # the code counts in the headline as before
    assert not r.final and r.reported_early
    assert r.status.label("vi", r.final) == "chưa đạt"
    assert r.forecast is not None and r.forecast.cls is ForecastClass.AT_RISK
    assert r.forecast.method == "early_figure"
    assert r.explanation.text("vi")[-2:] == [
        "So với mục tiêu ≥ 8%: chưa đạt",
        "Báo cáo trước khi hết kỳ — Năm 2025: 7,5% (ước, ngày 10/11/2025); kết quả tạm tính",
    ]
    assert r.explanation.text("en")[-1] == (
        "Reported before the period ended — 2025: 7.5% (estimate, on 10/11/2025); "
        "the result is provisional"
    )


def test_the_result_carries_the_mark_in_its_outputs():
    result = evaluate_plan(make_plan(GROWTH, **ONE_YEAR), [NOVEMBER])
    target = result.to_dict("vi")["targets"][0]
    assert target["final"] is False and target["status_label"] == "chưa đạt"
    measure = target["metrics"][0]
    assert (measure["final"], measure["reported_early"]) == (False, True)
    assert measure["status_label"] == "chưa đạt"
    assert measure["forecast"]["class"] == "at_risk"


def test_an_estimate_reported_after_the_year_ended_gives_the_final_verdict():
    r = evaluate_one(make_plan(GROWTH, **ONE_YEAR), [NOVEMBER, JANUARY])
    assert r.value == D("8.6") and r.status is Status.EXCEEDED
    assert r.final and not r.reported_early and r.forecast is None
    # as known in December, the November estimate stood, provisionally
    december = evaluate_one(make_plan(GROWTH, **ONE_YEAR), [NOVEMBER, JANUARY], "2025-12-31")
    assert december.value == D("7.5") and not december.final


def test_an_early_estimate_that_meets_the_target_is_on_track_not_final():
    r = evaluate_one(
        make_plan(GROWTH, **ONE_YEAR), [fig("grdp", "2025", "8.2", "estimate", "2025-12-10")]
    )
    assert r.status is Status.EXCEEDED and not r.final
    assert r.forecast is not None and r.forecast.cls is ForecastClass.ON_TRACK


def test_a_whole_term_figure_published_before_the_term_ended_is_provisional():
    invest = {"id": "invest", "kind": "cumulative_over_term", "unit": "nghìn tỷ đồng",
              "comparator": "range", "low": "166", "high": "168"}  # fmt: skip
    early = [fig("invest", "2021/2025", "165.5", "estimate", as_of="2025-12-10")]
    r = evaluate_one(make_plan(invest), early)
    assert r.status is Status.NOT_ACHIEVED and not r.final and r.reported_early
    later = early + [fig("invest", "2021/2025", "167.2", "official", as_of="2026-09-30")]
    r = evaluate_one(make_plan(invest), later)
    assert r.status is Status.ACHIEVED and r.final


def test_a_published_term_figure_after_the_term_settles_early_yearly_figures():
    invest = {"id": "invest", "kind": "cumulative_over_term", "unit": "nghìn tỷ đồng",
              "comparator": "range", "low": "166", "high": "168"}  # fmt: skip
    figures = [fig("invest", str(y), "33.4", "official") for y in range(2021, 2025)]
    figures.append(fig("invest", "2025", "33.4", "estimate", as_of="2025-12-10"))
    figures.append(fig("invest", "2021/2025", "167.2", "official", as_of="2026-09-30"))
    r = evaluate_one(make_plan(invest), figures)
    assert r.status is Status.ACHIEVED and r.final and not r.reported_early


def test_a_year_that_failed_on_an_early_figure_is_not_lost_yet():
    cells = {"id": "cells", "kind": "every_year", "comparator": ">=", "low": "90"}
    figures = [
        fig("cells", "2021", "91", "official", as_of="2022-03-31"),
        fig("cells", "2022", "89.5", "estimate", as_of="2022-12-10"),  # before 2022 ended
    ]
    r = evaluate_one(make_plan(cells), figures, as_of="2022-12-31")
    assert r.status is Status.NOT_ACHIEVED and not r.final
    assert not r.reported_early  # not final anyway: three years remain
    assert r.explanation.text("vi")[-1].startswith("Báo cáo trước khi hết kỳ — Năm 2022: 89,5%")
    assert r.forecast is not None and r.forecast.cls is ForecastClass.AT_RISK
    assert "Năm 2022: 89,5% → chưa đạt" in r.explanation.text("vi")
    # reported again after the year ended, the failed year cannot be made good
    figures.append(fig("cells", "2022", "89.6", "official", as_of="2023-03-31"))
    r = evaluate_one(make_plan(cells), figures)
    assert r.forecast is not None and r.forecast.cls is ForecastClass.OFF_TRACK
    assert "Năm 2022: 89,6% → không đạt" in r.explanation.text("vi")
