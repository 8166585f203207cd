"""A password must be ten characters or more, not all digits, not a common one and not
like the user's name; the reasons are given in Vietnamese. The demo's known password is
still set by the demo loader.

A province relies on this so that `kehoach1` cannot guard the planning office's account.
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.webhelpers import PASSWORD, client_for


def change(client: Client, new: str) -> tuple[int, str]:
    response = client.post(
        "/password/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    )
    return response.status_code, response.content.decode()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kehoach1", "Mật khẩu quá ngắn: cần ít nhất 10 ký tự."),
        ("kehoach2026", "Mật khẩu quá giống với Tên đăng nhập."),
        ("2026202620252024", "Mật khẩu này hoàn toàn là số."),
        ("password123", "Mật khẩu này quá phổ biến."),
    ],
)
def test_it_refuses_a_weak_password_and_says_why(demo, people, password, reason):
    status, page = change(client_for("kehoach"), password)
    assert status == 200 and reason in page
    people["kehoach"].refresh_from_db()
    assert people["kehoach"].check_password(PASSWORD)


def test_it_accepts_a_long_unusual_password(demo, people):
    status, _page = change(client_for("kehoach"), "Rừng-thông-Mẫu-Sơn-1541")
    assert status == 302
    people["kehoach"].refresh_from_db()
    assert people["kehoach"].check_password("Rừng-thông-Mẫu-Sơn-1541")


def test_the_demo_password_is_still_the_demos(demo):
    response = Client().post("/login/", {"username": "pheduyet", "password": PASSWORD})
    assert response.status_code == 302
