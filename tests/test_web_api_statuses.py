"""GET /api/plans/{slug}/statuses is the core evaluation, as of a date, in vi or en."""

from __future__ import annotations

from datetime import date

from chitieu.web.figures.evaluation import evaluation
from tests.apihelpers import PLAN
from tests.webhelpers import client_for


def test_it_returns_the_core_evaluation(demo):
    response = client_for(None).get(f"{PLAN}/statuses")
    assert response.status_code == 200
    assert response.json() == evaluation(demo).to_dict("vi")
    assert response.json()["summary"]["headline"] == "Đạt và vượt 16/20 chỉ tiêu"


def test_it_evaluates_as_of_a_date(demo):
    response = client_for(None).get(f"{PLAN}/statuses?as_of=2023-10-15")
    then = evaluation(demo, date(2023, 10, 15)).to_dict("vi")
    assert response.json() == then
    assert response.json()["as_of"] == "2023-10-15"
    assert response.json()["summary"]["headline"] == "Đạt và vượt 5/20 chỉ tiêu"  # not 16/20


def test_it_speaks_english_when_asked(demo):
    response = client_for(None).get(f"{PLAN}/statuses?lang=en")
    assert response.json() == evaluation(demo).to_dict("en")
    assert response.json()["summary"]["headline"].startswith("Achieved or exceeded")


def test_it_follows_the_request_language_without_a_lang_parameter(demo):
    response = client_for(None, lang="en").get(f"{PLAN}/statuses")
    assert response.json()["summary"]["headline"].startswith("Achieved or exceeded")


def test_it_refuses_a_date_that_is_not_one(demo):
    response = client_for(None).get(f"{PLAN}/statuses?as_of=15/10/2023")
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "as_of"
