"""The plan dashboard says what the core evaluation says: the headline, the counts by
status and by group, and every target with its measures."""

from __future__ import annotations

import re
from datetime import date

from chitieu.web.figures.evaluation import evaluation
from tests.dashhelpers import plan_url, text_of
from tests.webhelpers import client_for


def _kpi(response, status: str) -> int:
    return int(text_of(response, f"kpi-{status}").split()[0])


def test_it_shows_the_headline_and_status_counts_of_the_latest_evaluation(demo):
    response = client_for(None).get(plan_url())
    assert response.status_code == 200
    assert text_of(response, "headline") == "Đạt và vượt 16/20 chỉ tiêu"
    for status, count in evaluation(demo).by_status().items():
        assert _kpi(response, status) == count, status


def test_it_shows_the_plan_as_it_stood_on_an_earlier_date(demo):
    response = client_for(None).get(plan_url(as_of="2023-10-15"))
    expected = evaluation(demo, date(2023, 10, 15))
    assert text_of(response, "headline") == expected.headline("vi")
    assert text_of(response, "headline") == "Đạt và vượt 5/20 chỉ tiêu"  # 16/20 at the end
    for status, count in expected.by_status().items():
        assert _kpi(response, status) == count, status
    # the shortfalls of a term not yet over are "chưa đạt" (not yet), not "không đạt"
    assert "chưa đạt" in text_of(response, "kpi-not_achieved")


def test_it_lists_every_target_and_measure_with_the_core_status(demo):
    response = client_for(None).get(plan_url())
    html = response.content.decode()
    result = evaluation(demo)
    assert len(re.findall(r'<tr data-measure="', html)) == 35
    for t in result.targets:
        row = text_of(response, f"target-{t.target.no}")
        assert row.startswith(f"{t.target.no} {t.target.text[:30]}")
        assert f'<tbody id="target-{t.target.no}" data-status="{t.status.value}">' in html
        for m in t.metrics:
            assert m.metric.name in row
    trained = text_of(response, "target-13")
    assert "64,5%" in trained and "≥ 65%" in trained and "không đạt" in trained


def test_it_marks_a_value_resting_on_an_estimate(demo):
    # on 31/12/2025 the 2025 figures are still estimates (official ones came in 2026)
    response = client_for(None).get(plan_url(as_of="31/12/2025"))
    trained = text_of(response, "target-13")
    assert "64,8%" in trained and "2025 · ước" in trained
    assert "64,5%" in text_of(client_for(None).get(plan_url()), "target-13")


def test_it_counts_targets_by_group(demo):
    response = client_for(None).get(plan_url())
    result = evaluation(demo)
    economy = [t for t in result.targets if t.target.group and t.target.group.value == "economy"]
    row = text_of(response, "group-economy").split()
    assert row[:4] == ["Kinh", "tế", str(len(economy)), str(sum(t.status.is_met for t in economy))]
    assert "chart-groups-data" in response.content.decode()


def test_it_shows_the_forecast_and_what_the_remaining_years_require(demo):
    response = client_for(None).get(plan_url(as_of="2023-10-15"))
    trained = text_of(response, "target-13")
    assert "cần nỗ lực lớn" in trained
    assert "+2,17 điểm %/năm" in trained
    growth = text_of(response, "target-1")
    assert "có khả năng đạt" in growth and "6,95%/năm" in growth


def test_it_links_the_exports_of_the_api(demo):
    response = client_for(None).get(plan_url(as_of="15/10/2023"))
    html = response.content.decode()
    assert 'href="/api/plans/langson-xvii/statuses.csv?as_of=2023-10-15"' in html
    assert 'href="/api/plans/langson-xvii/statuses.json?as_of=2023-10-15"' in html
    assert 'href="/api/plans/langson-xvii/figures.csv"' in html
