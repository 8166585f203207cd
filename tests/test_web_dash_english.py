"""The dashboards speak Vietnamese by default and English on request; numbers and dates
are written the Vietnamese way in both."""

from __future__ import annotations

from tests.dashhelpers import plan_url, target_url, text_of
from tests.webhelpers import client_for


def test_it_shows_english_labels_with_vietnamese_numbers(demo):
    response = client_for(None, "en").get(plan_url(as_of="15/10/2023"))
    html = response.content.decode()
    assert text_of(response, "headline") == "Achieved or exceeded 5/20 targets"
    assert "As it stood on 15/10/2023" in text_of(response, "as-of-notice")
    header = text_of(response, "targets-table").split(" 1 ")[0]
    for label in ("No.", "Target", "Measure", "Value used", "Goal", "Status", "Forecast"):
        assert label in header
    assert "not yet achieved" in text_of(response, "kpi-not_achieved")
    trained = text_of(response, "target-13")
    assert (
        "58,5%" in trained
        and "at risk" in trained
        and "+2,17 percentage points per year" in trained
    )
    assert "Economy" in text_of(response, "groups-table")
    assert 'lang="en"' in html


def test_it_explains_in_english_with_vietnamese_numbers(demo):
    response = client_for("daibieu", "en").get(target_url(1))
    steps = text_of(response, "explanation-grdp-growth")
    assert "Average 2021–2025:" in steps
    assert "7,21%" in steps and "7.21" not in steps
    assert "Against the target 7–7,5%: achieved" in steps


def test_it_speaks_vietnamese_by_default(demo):
    response = client_for(None).get(plan_url())
    header = text_of(response, "targets-table").split(" 1 ")[0]
    assert "Kết quả thực hiện" in header and "Mục tiêu Nghị quyết" in header
    assert "Kinh tế" in text_of(response, "groups-table")
    assert 'lang="vi"' in response.content.decode()
