"""An API token works for the days chosen when it was made (90 unless another length is
chosen), then it is refused with 401 and a message saying it expired and when.

A province relies on this so that a key copied into a forgotten script, or leaked, stops
working by itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import Client
from django.utils import timezone

from chitieu.web.people.models import ApiToken
from tests.webhelpers import client_for

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def _client(key: str, lang: str = "vi") -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE=lang)


def test_a_token_lasts_ninety_days_by_default(demo, people):
    token, _key = ApiToken.issue(people["daibieu"], "bảng theo dõi")
    left = token.expires_at - timezone.now()
    assert timedelta(days=89, hours=23) < left <= timedelta(days=90)


def test_a_token_works_until_it_expires(demo, people):
    token, key = ApiToken.issue(people["daibieu"], "bảng theo dõi", days=30)
    token.expires_at = timezone.now() + timedelta(minutes=1)
    token.save()
    assert [p["slug"] for p in _client(key).get("/api/plans").json()] == ["langson-xvii"]


def test_an_expired_token_is_refused_saying_when_it_expired(demo, people):
    token, key = ApiToken.issue(people["daibieu"], "bảng theo dõi")
    token.expires_at = datetime(2026, 9, 25, 23, 30, tzinfo=HANOI)  # 25/9 in Lạng Sơn
    token.save()
    response = _client(key).get("/api/plans")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["detail"] == (
        "Mã truy cập API này đã hết hạn ngày 25/9/2026; hãy tạo mã mới tại /people/tokens/."
    )
    english = _client(key, "en").get("/api/plans").json()["detail"]
    assert english == "This API token expired on 25/9/2026; create a new one at /people/tokens/."


def test_an_expired_token_does_not_fall_back_to_anonymous_reads(demo, people):
    token, key = ApiToken.issue(people["daibieu"], "cũ")
    token.expires_at = timezone.now() - timedelta(seconds=1)
    token.save()
    assert client_for(None).get("/api/plans/langson-xvii/statuses").status_code == 200
    assert _client(key).get("/api/plans/langson-xvii/statuses").status_code == 401


def test_the_token_page_shows_when_each_token_expires(demo, people):
    token, _key = ApiToken.issue(people["daibieu"], "cũ")
    token.expires_at = datetime(2026, 9, 25, 8, 0, tzinfo=HANOI)
    token.save()
    page = client_for("daibieu").get("/people/tokens/").content.decode()
    assert "đã hết hạn ngày 25/9/2026 08:00" in page


def test_a_lifetime_not_offered_is_refused_and_no_token_made(demo, people):
    form = {"name": "mãi mãi", "scope": "read", "days": "3650"}
    page = client_for("daibieu").post("/people/tokens/", form).content.decode()
    assert "Hãy chọn một lựa chọn hợp lệ" in page
    assert not ApiToken.objects.filter(user=people["daibieu"]).exists()
