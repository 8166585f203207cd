"""Guessing passwords stops after five tries: the user name is locked out from that
address for half an hour, with a clear message, on the site's login and the admin's.

The province relies on this against password guessing; a colleague relies on it not
locking them out from another office, and a program relies on its API token going on.
"""

from __future__ import annotations

from datetime import timedelta

from axes.models import AccessAttempt
from django.test import Client

from chitieu.web.people.models import ApiToken
from tests.loginkit import browser_at, fail_times, log_in


def test_the_sixth_try_with_the_right_password_is_refused_with_the_message(demo):
    browser = browser_at()
    assert fail_times(browser, "laodong", 4) == [200, 200, 200, 200]
    assert fail_times(browser, "laodong", 1) == [429]  # the fifth locks
    response = log_in(browser, "laodong")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Nhập sai mật khẩu quá nhiều lần: sau 5 lần không thành công" in page
    assert "“laodong”" in page and "Hãy thử lại sau 30 phút" in page
    assert '<a class="brand"' in page  # in the site's layout
    assert "_auth_user_id" not in browser.session


def test_it_says_so_in_english_too(demo):
    browser = browser_at(lang="en")
    fail_times(browser, "dulich", 5)
    page = log_in(browser, "dulich").content.decode()
    assert "Too many wrong passwords: after 5 failed attempts" in page
    assert "Try again in 30 minutes" in page


def test_the_admin_login_counts_and_is_locked_too(demo):
    browser = browser_at()
    assert fail_times(browser, "quantri", 5, path="/admin/login/")[-1] == 429
    assert log_in(browser, "quantri", path="/admin/login/").status_code == 429
    assert log_in(browser, "quantri").status_code == 429  # and the site's login


def test_another_address_and_another_user_still_log_in(demo):
    fail_times(browser_at("192.0.2.10"), "pheduyet", 5)
    assert log_in(browser_at("192.0.2.10"), "pheduyet").status_code == 429
    assert log_in(browser_at("192.0.2.99"), "pheduyet").status_code == 302
    assert log_in(browser_at("192.0.2.10"), "daibieu").status_code == 302


def test_a_success_before_the_fifth_failure_starts_the_count_again(demo):
    browser = browser_at()
    fail_times(browser, "daibieu", 4)
    assert log_in(browser, "daibieu").status_code == 302
    assert fail_times(browser_at(), "daibieu", 4) == [200, 200, 200, 200]


def test_the_lock_ends_after_half_an_hour(demo):
    fail_times(browser_at(), "laodong", 5)
    AccessAttempt.objects.filter(username="laodong").update(
        attempt_time=AccessAttempt.objects.get(username="laodong").attempt_time
        - timedelta(minutes=31)
    )
    assert log_in(browser_at(), "laodong").status_code == 302


def test_the_api_token_of_a_locked_out_user_goes_on_working(demo, people):
    _token, key = ApiToken.issue(people["laodong"], "nhập số liệu")
    fail_times(browser_at(), "laodong", 5)
    assert log_in(browser_at(), "laodong").status_code == 429
    assert Client(HTTP_AUTHORIZATION=f"Bearer {key}").get("/api/plans").status_code == 200


def test_it_counts_under_the_address_a_trusted_proxy_gives(demo):
    # The proxy on this machine (127.0.0.1) says who the client is: the last address.
    proxied = browser_at("127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.7")
    fail_times(proxied, "kehoach", 2)
    # Anyone else's X-Forwarded-For is their own claim, and ignored.
    direct = browser_at("203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.7")
    fail_times(direct, "kehoach", 1)
    counted = dict(AccessAttempt.objects.values_list("ip_address", "failures_since_start"))
    assert counted == {"198.51.100.7": 2, "203.0.113.5": 1}
