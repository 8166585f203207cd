"""A login lives on the server: logging out, or a change of password, ends it, and a
copied session cookie is worthless afterwards.

A user relies on this when they log out of a shared office computer, and when they
change a password they fear someone has seen: whoever kept the old cookie is out.
"""

from __future__ import annotations

from django.contrib.sessions.models import Session
from django.test import Client

from tests.webhelpers import PASSWORD

PRIVATE = "/people/tokens/"  # any page that needs a login
NEW_PASSWORD = "Mùa-lúa-chín-2026"


def logged_in(username: str, password: str = PASSWORD) -> Client:
    """A browser that logged in through the login form."""
    client = Client()
    response = client.post("/login/", {"username": username, "password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def replay(cookie: str) -> Client:
    """Another browser that presents a copied session cookie."""
    client = Client()
    client.cookies["sessionid"] = cookie
    return client


def is_logged_in(client: Client) -> bool:
    response = client.get(PRIVATE)
    assert response.status_code in (200, 302)
    return response.status_code == 200


def test_it_keeps_the_session_on_the_server_for_ten_hours(demo):
    client = logged_in("daibieu")
    cookie = client.cookies["sessionid"]
    assert Session.objects.filter(session_key=cookie.value).exists()
    assert cookie["max-age"] == 10 * 3600
    assert cookie["httponly"]


def test_a_copied_cookie_stops_working_at_logout(demo):
    browser = logged_in("laodong")
    cookie = browser.cookies["sessionid"].value
    assert is_logged_in(replay(cookie))  # the copy works while the login lasts

    assert browser.post("/logout/").status_code == 302
    assert not is_logged_in(replay(cookie))
    assert not Session.objects.filter(session_key=cookie).exists()


def test_changing_ones_password_ends_every_other_session(demo, people):
    here, elsewhere = logged_in("kehoach"), logged_in("kehoach")
    cookie_before = here.cookies["sessionid"].value
    response = here.post(
        "/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302 and response["Location"] == "/password/done/"

    assert is_logged_in(here)  # the browser that changed it goes on
    assert not is_logged_in(elsewhere)
    assert not is_logged_in(replay(cookie_before))
    logged_in("kehoach", NEW_PASSWORD)


def test_a_password_set_by_an_administrator_logs_the_person_out(demo, people):
    reporter = logged_in("dulich")
    admin = logged_in("quantri")
    user = people["dulich"]
    response = admin.post(
        f"/admin/auth/user/{user.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302, response.content.decode()[:800]
    assert not is_logged_in(reporter)
