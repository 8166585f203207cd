"""Reminders are notifications too: each person of an agency that owes something gets one
in their list (e-mailed unless switched off, in their language), the planning office a
summary; the tasks are kept as they stood when the reminder was sent.

A reporter without an e-mail address relies on this to see the reminder all the same.
"""

from __future__ import annotations

from datetime import date

from django.core import mail

from chitieu.web.dashboard.reminders import send
from chitieu.web.people.models import Notification, Profile
from chitieu.web.plans.models import Task
from tests.webhelpers import client_for

DAY = date(2024, 12, 18)  # the year 2024 is due 19/12; task 3 (31/12/2024) is near


def _kinds() -> set[tuple[str, str]]:
    return set(Notification.objects.values_list("user__username", "kind"))


def test_each_person_concerned_gets_a_notification(demo, people):
    send([demo], DAY)
    assert _kinds() == {
        ("dulich", "reminder"),
        ("kehoach", "reminder"),  # Sở KH&ĐT leads task 3
        ("laodong", "reminder"),
        ("kehoach", "reminders_summary"),
        ("quantri", "reminders_summary"),
    }
    page = client_for("laodong").get("/people/notifications/").content.decode()
    assert "Nhắc việc: langson-xvii" in page
    assert "Báo cáo năm 2024 của đơn vị phải gửi chậm nhất ngày 19/12/2024." in page


def test_a_dry_run_notifies_nobody(demo):
    assert len(send([demo], DAY, dry_run=True)) == 5
    assert _kinds() == set()


def test_the_switch_and_the_language_apply(demo, people, django_capture_on_commit_callbacks):
    Profile.objects.filter(user=people["laodong"]).update(email_notifications=False)
    Profile.objects.filter(user=people["kehoach"]).update(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        send([demo], DAY)
    assert "laodong@example.vn" not in [m.to[0] for m in mail.outbox]
    assert ("laodong", "reminder") in _kinds()
    english = [m for m in mail.outbox if m.to == ["kehoach@example.vn"]]
    assert sorted(m.subject for m in english) == [
        "Reminder: langson-xvii",
        "Reminders summary: langson-xvii",
    ]
    summary = next(m.body for m in english if m.subject.startswith("Reminders summary"))
    assert "Not yet reported for 2024 (due 19/12/2024):" in summary
    assert "Tasks due within 14 days:\n- Key task 3 (Sở Kế hoạch và Đầu tư, 31/12/2024)" in summary


def test_the_tasks_are_kept_as_they_stood(demo, people):
    send([demo], DAY)
    Task.objects.filter(plan=demo, no=3).update(deadline=date(2025, 6, 30))
    page = client_for("kehoach").get("/people/notifications/").content.decode()
    assert "31/12/2024" in page and "30/6/2025" not in page
