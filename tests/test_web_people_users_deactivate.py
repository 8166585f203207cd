"""The planning office deactivates an account on its page: the person is logged out, can
no longer log in, and their API tokens are refused; their figures and records stay. The
account can be reactivated. Both are audited.

A planning office relies on this the day an official leaves their post.
"""

from __future__ import annotations

from django.test import Client

from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import ApiToken, AuditEvent
from tests.notifykit import submitted
from tests.webhelpers import PASSWORD, client_for


def _page(people) -> str:
    return f"/people/users/{people['laodong'].pk}/"


def test_a_deactivated_person_is_out_everywhere(demo, people):
    submitted(demo, people["laodong"])
    _token, key = ApiToken.issue(people["laodong"], "script")
    browser = client_for("laodong")
    assert browser.get("/people/account/").status_code == 200
    response = client_for("kehoach").post(_page(people), {"action": "deactivate"})
    assert response.status_code == 302
    people["laodong"].refresh_from_db()
    assert not people["laodong"].is_active
    assert "/login/" in browser.get("/people/account/")["Location"]  # the session is over
    login = {"username": "laodong", "password": PASSWORD}
    assert Client().post("/login/", login).status_code == 200
    assert Client(HTTP_AUTHORIZATION=f"Bearer {key}").get("/api/plans").status_code == 401
    assert FigureRecord.objects.filter(entered_by=people["laodong"]).exists()
    event = AuditEvent.objects.get(object_type="user", field="is_active")
    assert (event.user, event.old, event.new) == (people["kehoach"], "True", "False")


def test_a_deactivated_account_can_be_reactivated(demo, people):
    office = client_for("kehoach")
    office.post(_page(people), {"action": "deactivate"})
    page = office.get(_page(people)).content.decode()
    assert "đã vô hiệu hoá" in page and 'id="activate"' in page
    office.post(_page(people), {"action": "activate"})
    login = {"username": "laodong", "password": PASSWORD}
    assert Client().post("/login/", login).status_code == 302
    assert list(
        AuditEvent.objects.filter(field="is_active").order_by("pk").values_list("old", "new")
    ) == [("True", "False"), ("False", "True")]
