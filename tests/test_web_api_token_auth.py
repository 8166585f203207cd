"""API tokens: a good key acts as its owner; an unknown or revoked key is refused (401)."""

from __future__ import annotations

from django.test import Client

from chitieu.web.people.models import ApiToken, TokenScope
from tests.apihelpers import PLAN, figures_body, post_json


def _client(key: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}")


def test_it_acts_as_the_tokens_owner(demo, people):
    demo.is_public = False
    demo.save()
    token, key = ApiToken.issue(people["daibieu"], "script")
    response = _client(key).get("/api/plans")
    assert response.status_code == 200
    assert [p["slug"] for p in response.json()] == ["langson-xvii"]
    token.refresh_from_db()
    assert token.last_used is not None


def test_it_writes_with_a_token_and_no_csrf_token(demo, people):
    _token, key = ApiToken.issue(people["laodong"], "import", scope=TokenScope.WRITE)
    body = figures_body({"measure": "trained-labour", "value": "65,5", "stage": "official"})
    response = post_json(_client(key), f"{PLAN}/figures", body)
    assert response.status_code == 200, response.content
    assert response.json()["created_by"] == "laodong"


def test_it_refuses_an_unknown_token(demo):
    response = _client("ct_not-a-real-key").get("/api/plans")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_it_refuses_a_malformed_authorization_header(demo):
    response = Client(HTTP_AUTHORIZATION="Basic a2Vob2FjaDp4").get("/api/plans")
    assert response.status_code == 401


def test_it_refuses_a_revoked_token(demo, people):
    token, key = ApiToken.issue(people["kehoach"], "old")
    assert _client(key).get("/api/plans").status_code == 200
    token.delete()
    assert _client(key).get("/api/plans").status_code == 401


def test_it_refuses_the_token_of_a_deactivated_user(demo, people):
    _token, key = ApiToken.issue(people["laodong"], "left")
    people["laodong"].is_active = False
    people["laodong"].save()
    assert _client(key).get("/api/plans").status_code == 401
