"""A review document for one unit: the plan's own review, with the unit in the place of
the area, judged by the same evaluation on the unit's own figures; the counts of units
(judged over the units, not for one) are left out."""

from __future__ import annotations

import pytest

from chitieu.reports import ReportError, render
from chitieu.reports.unitreview import build_unit_review
from tests.unitplan import area_figures, core_plan, unit_figures

PLAN = core_plan("theo-xa")
FIGURES = [*area_figures(), *unit_figures(5, "X0005"), *unit_figures(3, "X0003")]


def statuses(code: str) -> dict[str, tuple[str, str]]:
    review = build_unit_review(PLAN, code, f"Xã {code}", FIGURES, "2023")
    return {
        m.metric.id: (m.status.value, str(m.value))
        for t in review.result.targets
        for m in t.metrics
    }


def test_it_judges_each_unit_on_its_own_official_share():
    # unit 5 reports 65 % (≥ 65 % wanted), unit 3 63 %; their 70 % estimates were revised
    assert statuses("X0005") == {"nuoc-sach": ("achieved", "65")}
    assert statuses("X0003") == {"nuoc-sach": ("not_achieved", "63")}


def test_the_document_names_the_unit_in_the_place_of_the_province():
    review = build_unit_review(PLAN, "X0005", "Xã Năm", FIGURES, "2023")
    assert review.plan.area.name == "Xã Năm" and review.plan.id == "theo-xa"
    assert [t.no for t in review.plan.targets] == [1]  # the count of units is left out
    assert render(review, "docx")[:2] == b"PK"


def test_a_unit_without_figures_has_no_review():
    with pytest.raises(ReportError):
        build_unit_review(PLAN, "X0099", "Xã 99", FIGURES, "2023")
