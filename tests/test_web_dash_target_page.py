"""A target's page: each measure's explanation, forecast and every figure reported."""

from __future__ import annotations

from tests.dashhelpers import has_id, target_url, text_of
from tests.webhelpers import client_for


def test_it_explains_how_the_status_was_reached(demo):
    response = client_for(None).get(target_url(13))
    assert response.status_code == 200
    assert "Tỷ lệ lao động qua đào tạo đến năm 2025 đạt 65%." in text_of(response, "target-text")
    steps = text_of(response, "explanation-trained-labour")
    assert "giá trị năm cuối kỳ" in steps
    assert "Giá trị năm 2025: 64,5%" in steps
    assert "So với mục tiêu ≥ 65%: không đạt" in steps
    assert "không đạt" in text_of(response, "status-trained-labour")


def test_it_lists_every_vintage_with_the_estimate_and_its_official_revision(demo):
    response = client_for("daibieu").get(target_url(13))
    rows = text_of(response, "vintages-trained-labour")
    estimate = "Năm 2025 Tỉnh Lạng Sơn 64,8 ước 10/12/2025"
    official = "Năm 2025 Tỉnh Lạng Sơn 64,5 chính thức 31/3/2026"
    assert estimate in rows and official in rows
    assert rows.index(estimate) < rows.index(official)
    assert rows.count("Số liệu minh họa (demo)") == 10  # five years, two vintages each
    # the people who entered and approved the figures (the planning office imported them)
    assert "Phòng Tổng hợp, Sở Tài chính" in rows
    html = response.content.decode()
    assert html.count('<tr class="stage-official used">') == 5  # the official ones are used
    assert has_id(response, "history-trained-labour")
    assert 'href="/figures/history/langson-xvii/trained-labour/"' in html


def test_it_does_not_name_the_staff_to_anonymous_visitors(demo):
    response = client_for(None).get(target_url(13))
    rows = text_of(response, "vintages-trained-labour")
    assert "64,8 ước 10/12/2025" in rows
    assert "Phòng Tổng hợp" not in rows
    assert not has_id(response, "history-trained-labour")


def test_it_shows_the_forecast_before_the_end_of_the_term(demo):
    response = client_for(None).get(target_url(13, as_of="2023-10-15"))
    forecast = text_of(response, "forecast-trained-labour")
    assert "cần nỗ lực lớn" in forecast
    assert "63%" in forecast  # the trend projected to 2025
    assert "+2,17 điểm %/năm" in forecast
    assert "0,75" in forecast  # the progress ratio
    assert "chưa đạt" in text_of(response, "status-trained-labour")
    rows = text_of(response, "vintages-trained-labour")
    assert "Năm 2022" in rows and "Năm 2023" not in rows  # reported later: not known then


def test_it_shows_every_measure_of_a_target(demo):
    response = client_for(None).get(target_url(12))
    for key in (
        "commune-health-standard",
        "doctors-per-10k",
        "hospital-beds-per-10k",
        "health-insurance-coverage",
    ):
        assert has_id(response, f"measure-{key}")
        assert has_id(response, f"chart-{key}")
        assert text_of(response, f"explanation-{key}")


def test_it_answers_not_found_for_an_unknown_target_or_plan(demo):
    client = client_for(None)
    assert client.get(target_url(21)).status_code == 404
    assert client.get(target_url(1, slug="no-such-plan")).status_code == 404
    assert client.get("/dashboard/no-such-plan/").status_code == 404
