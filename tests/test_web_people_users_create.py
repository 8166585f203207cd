"""The planning office creates an account on its own page (/people/users/): user name,
name, e-mail, role and agency; a temporary password is made and shown once, and every
field is in the audit trail. Bad input is refused field by field, nothing saved.

A planning office relies on this to give a new reporter access without the Django admin.
"""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.test import Client

from chitieu.web.people.access import can_report_for
from chitieu.web.people.models import Agency, AuditEvent, Profile
from tests.webhelpers import client_for

USERS = "/people/users/"
NEW = {
    "username": "nguyenvanan",
    "full_name": "  Nguyễn   Văn An ",
    "email": "an.nguyen@example.vn",
    "role": "reporter",
    "agency": "",
}


def _labour() -> str:
    return str(Agency.objects.get(code="so-ldtbxh").pk)


def _temporary(page: str) -> str:
    found = re.search(r'<code id="temporary-password">([^<]+)</code>', page)
    assert found, "the temporary password is shown"
    return found.group(1)


def test_it_creates_a_reporter_with_a_temporary_password_shown_once(demo, people):
    office = client_for("kehoach")
    response = office.post(USERS, NEW | {"agency": _labour()})
    user = User.objects.get(username="nguyenvanan")
    assert response.status_code == 302 and response["Location"] == f"/people/users/{user.pk}/"
    assert "temporary" not in response["Location"]
    password = _temporary(office.get(response["Location"]).content.decode())
    assert 'id="temporary-password"' not in office.get(response["Location"]).content.decode()
    assert (user.get_full_name(), user.email, user.is_active) == (
        "Nguyễn Văn An",
        "an.nguyen@example.vn",
        True,
    )
    profile = Profile.objects.get(user=user)
    assert (profile.role, profile.agency.code, profile.must_change_password) == (
        "reporter",
        "so-ldtbxh",
        True,
    )
    assert can_report_for(user, profile.agency)
    login = {"username": "nguyenvanan", "password": password}
    assert Client().post("/login/", login).status_code == 302
    recorded = AuditEvent.objects.filter(object_type="user", object_id=str(user.pk))
    assert set(recorded.values_list("action", "field", "new")) == {
        ("create", "full_name", "Nguyễn Văn An"),
        ("create", "email", "an.nguyen@example.vn"),
        ("create", "role", "reporter"),
        ("create", "agency", "so-ldtbxh"),
        ("create", "is_active", "True"),
        ("change", "password", "••••••"),
    }
    assert {e.user for e in recorded} == {people["kehoach"]}
    assert password not in "".join(recorded.values_list("new", flat=True))


def test_it_lists_every_account_with_its_role_and_agency(demo):
    page = client_for("kehoach").get(USERS).content.decode()
    row = page.split('data-username="laodong"', 1)[1].split("</tr>", 1)[0]
    assert "báo cáo viên" in row and "Sở Lao động - Thương binh và Xã hội" in row


def _refused(data: dict[str, str]) -> str:
    before = (User.objects.count(), AuditEvent.objects.count())
    response = client_for("kehoach").post(USERS, data)
    assert response.status_code == 422
    assert (User.objects.count(), AuditEvent.objects.count()) == before
    return response.content.decode()


def test_a_reporter_without_an_agency_is_refused(demo):
    assert "Báo cáo viên báo cáo cho một cơ quan: hãy chọn cơ quan." in _refused(NEW)


def test_a_taken_user_name_is_refused_whatever_its_case(demo):
    page = _refused(NEW | {"username": "LaoDong", "agency": _labour()})
    assert "Tên đăng nhập “LaoDong” đã có người dùng." in page


def test_a_bad_user_name_or_address_is_refused(demo):
    page = _refused(NEW | {"username": "an nguyen", "email": "an@", "agency": _labour()})
    assert "Tên đăng nhập" in page and "errorlist" in page
    assert page.count('class="errorlist"') == 2
