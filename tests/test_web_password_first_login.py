"""A temporary password — given by the planning office to a new account, or to one whose
holder forgot theirs — must be changed at the first login: every page sends the person
to "change password" (the API refuses them) until they have chosen their own.

A province relies on this so that a password the office has seen is never kept.
"""

from __future__ import annotations

import re

from django.test import Client

from chitieu.web.people.models import AuditEvent, Profile
from tests.webhelpers import PASSWORD, client_for

OWN = "Suối-Mơ-Bắc-Sơn-2026"


def _give_new_password(people) -> str:
    office = client_for("kehoach")
    page = f"/people/users/{people['laodong'].pk}/"
    assert office.post(page, {"action": "password"}).status_code == 302
    shown = office.get(page).content.decode()
    return re.search(r'<code id="temporary-password">([^<]+)</code>', shown).group(1)


def _log_in(password: str) -> Client:
    browser = Client()
    response = browser.post("/login/", {"username": "laodong", "password": password})
    assert response.status_code == 302
    return browser


def test_a_temporary_password_ends_the_old_sessions_and_the_old_password(demo, people):
    before = client_for("laodong")
    temporary = _give_new_password(people)
    assert "/login/" in before.get("/people/account/")["Location"]
    login = {"username": "laodong", "password": PASSWORD}
    assert Client().post("/login/", login).status_code == 200
    assert Profile.objects.get(user=people["laodong"]).must_change_password
    event = AuditEvent.objects.get(field="password")
    assert (event.user, event.comment, event.new) == (people["kehoach"], "temporary", "••••••")
    assert temporary not in "".join(AuditEvent.objects.values_list("new", flat=True))


def test_every_page_leads_to_change_password_until_it_is_changed(demo, people):
    browser = _log_in(_give_new_password(people))
    for path in ("/", "/people/tokens/", "/figures/entry/", "/dashboard/langson-xvii/"):
        response = browser.get(path)
        assert response.status_code == 302 and response["Location"] == "/password/", path
    api = browser.get("/api/plans")
    assert api.status_code == 403 and api.json()["detail"] == (
        "Hãy đặt mật khẩu của riêng bạn trước, tại /password/."
    )
    page = browser.get("/password/").content.decode()
    assert 'id="must-change"' in page and "mật khẩu tạm thời do cơ quan kế hoạch cấp" in page


def test_after_the_change_everything_opens(demo, people):
    temporary = _give_new_password(people)
    browser = _log_in(temporary)
    response = browser.post(
        "/password/", {"old_password": temporary, "new_password1": OWN, "new_password2": OWN}
    )
    assert response.status_code == 302 and response["Location"] == "/password/done/"
    assert browser.get("/people/tokens/").status_code == 200
    assert browser.get("/api/plans").status_code == 200
    assert not Profile.objects.get(user=people["laodong"]).must_change_password
    mine = AuditEvent.objects.filter(field="password", user=people["laodong"]).get()
    assert (mine.old, mine.new) == ("••••••", "••••••")


def test_logging_out_and_switching_language_stay_open(demo, people):
    browser = _log_in(_give_new_password(people))
    assert browser.get("/language/?language=en&next=/password/")["Location"] == "/password/"
    assert browser.post("/logout/")["Location"] == "/"
    assert browser.get("/people/tokens/")["Location"].startswith("/login/")


def test_a_temporary_password_lifts_a_login_lockout(demo, people):
    for _ in range(5):
        Client().post("/login/", {"username": "laodong", "password": "sai-mat-khau-1"})
    temporary = _give_new_password(people)
    _log_in(temporary)
    event = AuditEvent.objects.get(field="password")
    assert event.comment == "temporary, 1 login lockout(s) lifted"
