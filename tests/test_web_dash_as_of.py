"""The as-of date is typed the Vietnamese way or as ISO; a wrong one is explained.
(Which texts are dates: test_web_dates_one_rule.py.)"""

from __future__ import annotations

from datetime import date

from chitieu.web.figures.evaluation import evaluation
from tests.dashhelpers import plan_url, target_url, text_of
from tests.webhelpers import client_for


def test_it_shows_the_same_page_for_both_ways_of_writing_the_date(demo):
    client = client_for(None)
    vietnamese = client.get(plan_url(as_of="15/10/2023"))
    iso = client.get(plan_url(as_of="2023-10-15"))
    assert text_of(vietnamese, "headline") == text_of(iso, "headline")
    assert text_of(iso, "headline") == evaluation(demo, date(2023, 10, 15)).headline("vi")
    for response in (vietnamese, iso):
        assert "Tình hình tại ngày 15/10/2023" in text_of(response, "as-of-notice")
        assert 'id="as-of" name="as_of" value="15/10/2023"' in response.content.decode()


def test_it_explains_a_wrong_date_and_shows_the_latest_figures(demo):
    response = client_for(None).get(plan_url(as_of="31/2/2023"))
    assert response.status_code == 200
    error = text_of(response, "as-of-error")
    assert "“31/2/2023” không phải là ngày" in error
    assert "15/10/2023" in error and "2023-10-15" in error
    assert text_of(response, "headline") == "Đạt và vượt 16/20 chỉ tiêu"
    assert 'value="31/2/2023"' in response.content.decode()  # kept for correction


def test_it_keeps_the_date_on_the_links_to_the_targets(demo):
    response = client_for(None).get(plan_url(as_of="15/10/2023"))
    assert f'href="{target_url(13, as_of="2023-10-15")}"' in response.content.decode()
    target = client_for(None).get(target_url(13, as_of="15/10/2023"))
    assert "Tình hình tại ngày 15/10/2023" in text_of(target, "as-of-notice")
    assert "58,5%" in text_of(target, "value-trained-labour")
