"""API messages follow the request's language: Vietnamese by default, English on
Accept-Language: en."""

from __future__ import annotations

from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for

BAD = figures_body(
    {"measure": "trained-labour", "value": "abc", "stage": "official"},
    {"measure": "poverty-rate", "value": True, "stage": "official"},
)


def test_it_answers_in_vietnamese_by_default(demo):
    response = post_json(client_for("laodong"), f"{PLAN}/figures", BAD)
    assert response.json()["detail"] == "Yêu cầu có lỗi; chưa có gì được lưu."
    problem = response.json()["problems"][0]
    assert (problem["item"], problem["field"]) == (1, "value")
    assert problem["message"].startswith("phải là một số")


def test_it_answers_in_english_when_asked(demo):
    response = post_json(client_for("laodong", lang="en"), f"{PLAN}/figures", BAD)
    assert response.json()["detail"] == "The request has problems; nothing was saved."
    problem = response.json()["problems"][0]
    assert problem["message"].startswith("expected a number")
    assert problem["text"].startswith("item 1, field “value”")


def test_it_names_entry_problems_in_english_when_asked(demo):
    body = figures_body({"measure": "trained-labour", "value": "1,234.5", "stage": "official"})
    response = post_json(client_for("laodong", lang="en"), f"{PLAN}/figures", body)
    [problem] = response.json()["problems"]
    assert (problem["item"], problem["field"]) == (0, "value")
    assert "is not a number" in problem["message"]


def test_it_refuses_in_the_request_language(demo):
    body = figures_body({"measure": "tourist-arrivals", "value": "1", "stage": "official"})
    vietnamese = post_json(client_for("laodong"), f"{PLAN}/figures", body).json()
    english = post_json(client_for("laodong", lang="en"), f"{PLAN}/figures", body).json()
    assert vietnamese["detail"] == "Bạn chỉ được báo cáo các chỉ số của cơ quan mình."
    assert english["detail"] == "You may report only your agency's measures."


def test_it_asks_for_credentials_in_the_request_language(demo):
    demo.is_public = False
    demo.save()
    assert client_for(None).get(PLAN).json()["detail"].startswith("Kế hoạch này không công khai")
    assert client_for(None, lang="en").get(PLAN).json()["detail"].startswith("This plan")
