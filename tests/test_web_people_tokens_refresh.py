"""Creating an API token redirects to the token page, where the new key is shown once:
refreshing the page creates no second token and no longer shows the key, and the key
never travels in an address.

A user relies on this when they press F5 after creating a token.
"""

from __future__ import annotations

from chitieu.web.people.models import ApiToken
from tests.webhelpers import client_for

URL = "/people/tokens/"
FORM = {"name": "nhập từ Excel", "scope": "read", "days": "90"}


def test_a_refresh_after_creating_a_token_creates_no_second_one(demo, people):
    client = client_for("laodong")
    response = client.post(URL, FORM)
    assert response.status_code == 302 and response["Location"] == URL  # no key in it
    shown = client.get(URL)
    assert shown.status_code == 200 and 'id="new-key">ct_' in shown.content.decode()
    again = client.get(URL)  # what a refresh of the page after the redirect does
    assert 'id="new-key"' not in again.content.decode()
    assert ApiToken.objects.filter(user=people["laodong"]).count() == 1


def test_the_key_is_shown_to_its_creator_only(demo, people):
    client_for("laodong").post(URL, FORM)
    assert 'id="new-key"' not in client_for("laodong").get(URL).content.decode()  # another session


def test_a_bad_form_is_answered_with_its_errors_and_creates_nothing(demo, people):
    response = client_for("laodong").post(URL, FORM | {"days": "7"})
    assert response.status_code == 422
    assert 'id="new-key"' not in response.content.decode()
    assert not ApiToken.objects.filter(user=people["laodong"]).exists()
