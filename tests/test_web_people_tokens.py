"""The token page: a user creates API tokens (the key is shown once) and revokes them."""

from __future__ import annotations

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from chitieu.web.people.models import ApiToken, AuditEvent
from tests.webhelpers import client_for, csrf_client_for

URL = "/people/tokens/"


def _key(response) -> str:
    match = re.search(r'<code id="new-key">(ct_[^<]+)</code>', response.content.decode())
    assert match, "the new key is shown"
    return match.group(1)


def _csrf(client: Client) -> str:
    client.get(URL)
    return client.cookies["csrftoken"].value


def test_it_creates_a_token_and_shows_its_key_once(demo, people):
    client = csrf_client_for("laodong")
    form = {"name": "nhập từ Excel", "scope": "write", "days": "30"}
    response = client.post(URL, {**form, "csrfmiddlewaretoken": _csrf(client)})
    assert response.status_code == 302 and response["Location"] == URL
    key = _key(client.get(URL))
    token = ApiToken.objects.get(user=people["laodong"])
    assert token.name == "nhập từ Excel" and token.digest == ApiToken.hash(key)
    assert token.scope == "write"
    assert timedelta(days=29, hours=23) < token.expires_at - timezone.now() <= timedelta(days=30)
    assert key not in client.get(URL).content.decode()
    api = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert api.get("/api/plans").status_code == 200
    event = AuditEvent.objects.get(action="create", object_type="apitoken")
    assert (event.user, event.new) == (people["laodong"], "nhập từ Excel")


def test_it_revokes_a_token(demo, people):
    token, key = ApiToken.issue(people["laodong"], "cũ")
    client = csrf_client_for("laodong")
    page = client.get(URL).content.decode()
    assert "cũ" in page
    response = client.post(
        f"{URL}{token.pk}/revoke/", {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    assert response.status_code == 302
    assert not ApiToken.objects.filter(pk=token.pk).exists()
    assert Client(HTTP_AUTHORIZATION=f"Bearer {key}").get("/api/plans").status_code == 401
    event = AuditEvent.objects.get(action="revoke", object_id=str(token.pk))
    assert (event.user, event.old) == (people["laodong"], "cũ")


def test_it_lists_only_ones_own_tokens_and_revokes_only_them(demo, people):
    theirs, _key = ApiToken.issue(people["dulich"], "của người khác")
    client = client_for("laodong")
    assert "của người khác" not in client.get(URL).content.decode()
    assert client.post(f"{URL}{theirs.pk}/revoke/").status_code == 404
    assert ApiToken.objects.filter(pk=theirs.pk).exists()


def test_it_needs_a_login(demo):
    response = client_for(None).get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_it_refuses_a_post_without_the_csrf_token(demo, people):
    response = csrf_client_for("laodong").post(URL, {"name": "x"})
    assert response.status_code == 403
    assert not ApiToken.objects.filter(user=people["laodong"]).exists()
