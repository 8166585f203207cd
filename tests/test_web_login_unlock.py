"""The planning office sees who is locked out of logging in and unlocks them; each unlock
is in the audit trail, and nobody else may do it.

A reporter who mistyped their password five times before a deadline relies on this.
"""

from __future__ import annotations

from axes.models import AccessAttempt

from chitieu.web.people.models import AuditEvent
from tests.loginkit import browser_at, fail_times, log_in
from tests.webhelpers import client_for

URL = "/people/lockouts/"


def test_it_lists_the_locked_out_and_the_failures_on_the_way(demo):
    fail_times(browser_at("192.0.2.1"), "laodong", 5)
    fail_times(browser_at("192.0.2.2"), "dulich", 2)
    page = client_for("kehoach").get(URL).content.decode()
    locked = page.index('data-username="laodong" data-address="192.0.2.1" class="lagging"')
    on_the_way = page.index('data-username="dulich" data-address="192.0.2.2"')
    assert locked < on_the_way  # the locked-out first
    assert "bị khoá đến" in page[locked:on_the_way]
    assert "chưa bị khoá" in page[on_the_way:]


def test_an_unlocked_user_logs_in_at_once_and_the_unlock_is_recorded(demo, people):
    fail_times(browser_at("192.0.2.1"), "laodong", 5)
    assert log_in(browser_at("192.0.2.1"), "laodong").status_code == 429

    office = client_for("kehoach")
    response = office.post(URL, {"username": "laodong", "ip_address": "192.0.2.1"})
    assert response.status_code == 302
    assert "“laodong” đã có thể đăng nhập lại từ 192.0.2.1." in office.get(URL).content.decode()
    assert log_in(browser_at("192.0.2.1"), "laodong").status_code == 302
    event = AuditEvent.objects.get(action="unlock")
    assert (event.user, event.object_type, event.old) == (
        people["kehoach"],
        "accessattempt",
        "laodong @ 192.0.2.1 (6)",  # a try while locked out counts too
    )


def test_only_the_planning_office_and_administrators_unlock(demo):
    fail_times(browser_at("192.0.2.1"), "laodong", 5)
    unlock = {"username": "laodong", "ip_address": "192.0.2.1"}
    for who in ("laodong", "pheduyet", "daibieu"):
        assert client_for(who).get(URL).status_code == 403
        assert client_for(who).post(URL, unlock).status_code == 403
    assert client_for(None).post(URL, unlock).status_code == 302  # to the login
    assert AccessAttempt.objects.filter(username="laodong").exists()
    assert not AuditEvent.objects.filter(action="unlock").exists()
    assert client_for("quantri").post(URL, unlock).status_code == 302
    assert not AccessAttempt.objects.filter(username="laodong").exists()


def test_unlocking_a_pair_that_is_not_locked_is_not_found(demo):
    response = client_for("kehoach").post(URL, {"username": "nobody", "ip_address": "192.0.2.9"})
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action="unlock").exists()
