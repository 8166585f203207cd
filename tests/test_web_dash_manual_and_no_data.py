"""A measure a person assesses (kind other) and a measure without figures yet."""

from __future__ import annotations

import pytest

from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import load_plan
from chitieu.web.figures.services import import_plan
from tests.dashhelpers import has_id, plan_url, target_url, text_of
from tests.webhelpers import client_for

VIDU = "docs/examples/vidu.yaml"


@pytest.fixture
def vidu(db, people):
    """The documented example plan, private, without any poverty-rate figure."""
    core = load_plan(VIDU)
    figures = [
        f
        for f in read_figures("docs/examples/vidu.figures.csv", core)
        if f.metric != "poverty-rate"
    ]
    return import_plan(people["kehoach"], core, figures)


def test_it_shows_a_persons_assessment_without_a_chart(vidu):
    response = client_for("daibieu").get(target_url(4, slug=vidu.slug))
    assert response.status_code == 200
    manual = text_of(response, "manual-party-clean-strong")
    assert "đạt" in manual
    assert "Xếp loại hoàn thành tốt nhiệm vụ 5 năm liền" in manual
    assert "Ban Tổ chức" in manual and "20/12/2025" in manual
    assert not has_id(response, "chart-party-clean-strong")
    assert "đánh giá thủ công" in text_of(response, "measure-party-clean-strong")


def test_it_shows_a_measure_without_figures(vidu):
    response = client_for("daibieu").get(target_url(2, slug=vidu.slug))
    assert "chưa có số liệu" in text_of(response, "status-poverty-rate")
    assert "Chưa có số liệu" in text_of(response, "explanation-poverty-rate")
    assert "Chưa có số liệu báo cáo." in text_of(response, "vintages-poverty-rate")
    assert has_id(response, "chart-poverty-rate")  # the target is drawn, awaiting figures
    assert has_id(response, "chart-new-rural-communes")


def test_it_counts_them_on_the_plan_dashboard(vidu):
    response = client_for("daibieu").get(plan_url(vidu.slug))
    assert response.status_code == 200
    assert "đánh giá thủ công" in text_of(response, "target-4")
    assert "chưa có số liệu" in text_of(response, "target-2")
