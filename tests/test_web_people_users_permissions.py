"""Only the planning office and administrators run accounts; the planning office cannot
make or change an administrator, and nobody changes their own account there. Every
refusal is a 403 (or a form error) and changes nothing.

A province relies on this so that no reporter gives themselves more rights, and no
planning officer takes over the administrator's account.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from chitieu.web.people.models import AuditEvent, Profile
from tests.webhelpers import client_for

NEW = {"username": "moi", "full_name": "Người Mới", "email": "", "role": "viewer", "agency": ""}


def _state() -> tuple[object, ...]:
    return (
        User.objects.count(),
        AuditEvent.objects.count(),
        tuple(User.objects.order_by("pk").values_list("is_active", "password", "email")),
        tuple(Profile.objects.order_by("pk").values_list("role", "agency")),
    )


@pytest.mark.parametrize("who", ["laodong", "pheduyet", "daibieu"])
def test_others_may_neither_see_nor_change_accounts(demo, people, who):
    before = _state()
    client = client_for(who)
    assert client.get("/people/users/").status_code == 403
    assert client.post("/people/users/", NEW).status_code == 403
    target = f"/people/users/{people['dulich'].pk}/"
    assert client.get(target).status_code == 403
    for action in ("save", "deactivate", "password"):
        assert client.post(target, {**NEW, "action": action}).status_code == 403
    assert _state() == before


def test_the_planning_office_cannot_make_an_administrator(demo):
    before = _state()
    response = client_for("kehoach").post("/people/users/", NEW | {"role": "admin"})
    assert response.status_code == 422
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert _state() == before


def test_the_planning_office_cannot_change_an_administrator(demo, people):
    before = _state()
    office = client_for("kehoach")
    target = f"/people/users/{people['quantri'].pk}/"
    assert office.get(target).status_code == 200  # it may look
    for action in ("save", "deactivate", "password"):
        assert office.post(target, {**NEW, "action": action}).status_code == 403
    assert _state() == before


def test_nobody_changes_their_own_account_there(demo, people):
    before = _state()
    own = f"/people/users/{people['kehoach'].pk}/"
    for action in ("save", "deactivate"):
        response = client_for("kehoach").post(own, {**NEW, "role": "viewer", "action": action})
        assert response.status_code == 403
    assert _state() == before


def test_an_administrator_may_make_an_administrator(demo):
    response = client_for("quantri").post("/people/users/", NEW | {"role": "admin"})
    assert response.status_code == 302
    assert Profile.objects.get(user__username="moi").role == "admin"
