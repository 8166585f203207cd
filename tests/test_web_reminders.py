"""Reminders: who has not reported the period due on a frozen day inside the term, which
tasks are near or past their deadline, and the e-mails sent (locmem backend)."""

from __future__ import annotations

import io
from datetime import date

from django.core import mail
from django.core.management import call_command

from chitieu.web.dashboard.reminders import reminders, send
from chitieu.web.figures.models import Submission, SubmissionStatus
from chitieu.web.people.models import Agency

DAY = date(2024, 12, 18)  # the year 2024 is due 19/12; task 3 (31/12/2024) is near


def _submit(demo, people, code: str, period: str, status: str) -> None:
    Submission.objects.create(
        plan=demo,
        agency=Agency.objects.get(code=code),
        period=period,
        status=status,
        created_by=people["kehoach"],
    )


def test_it_lists_the_agencies_that_have_not_reported_the_period_due(demo, people):
    r = reminders(demo, DAY)
    assert r.window is not None
    period = str(r.window.period)
    everyone = {a.code for a in r.missing}
    assert len(everyone) == 13
    _submit(demo, people, "so-ldtbxh", period, SubmissionStatus.SUBMITTED)
    _submit(demo, people, "so-yte", period, SubmissionStatus.APPROVED)
    _submit(demo, people, "so-gtvt", period, SubmissionStatus.DRAFT)  # a draft is not sent
    missing = {a.code for a in reminders(demo, DAY).missing}
    assert missing == everyone - {"so-ldtbxh", "so-yte"}
    assert "so-gtvt" in missing


def test_it_lists_near_and_overdue_tasks(demo):
    r = reminders(demo, DAY)
    assert [t.no for t in r.near] == [3] and r.overdue == []
    later = reminders(demo, date(2025, 1, 10))
    assert [t.no for t in later.overdue] == [3]


def test_it_mails_each_person_of_an_owing_agency_and_the_planning_office(
    demo, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent = send([demo], DAY)
    reminder, summary = "Nhắc việc: langson-xvii", "Tổng hợp nhắc việc: langson-xvii"
    # one e-mail a person: the reporters of the two departments, the planning office
    # (Sở KH&ĐT leads task 3) and a summary for it and the administrator
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == [
        ("dulich@example.vn", reminder),
        ("kehoach@example.vn", reminder),
        ("kehoach@example.vn", summary),
        ("laodong@example.vn", reminder),
        ("quantri@example.vn", summary),
    ]
    assert len(sent) == 5 and all(len(m.to) == 1 for m in mail.outbox)
    by = {(m.to[0], m.subject): m.body for m in mail.outbox}
    labour = by[("laodong@example.vn", reminder)]
    assert "Nghị quyết" in labour and "báo cáo năm 2024" in labour.lower()  # in Vietnamese
    planning = by[("quantri@example.vn", summary)]
    assert "Sở Lao động - Thương binh và Xã hội" in planning
    assert "31/12/2024" in planning  # task 3, due within 14 days
    # the tourism department's reporter owes the report only (no task of theirs is due)
    assert "Sở Văn hóa" not in by[("dulich@example.vn", reminder)].split("\n\n", 1)[1]
    assert "31/12/2024" not in by[("dulich@example.vn", reminder)]


def test_the_command_sends_or_only_shows(demo, django_capture_on_commit_callbacks):
    out = io.StringIO()
    call_command("send_reminders", "--today", "2024-12-18", "--dry-run", stdout=out)
    assert mail.outbox == [] and "would send" in out.getvalue()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders", "--today", "2024-12-18", stdout=io.StringIO())
    assert len(mail.outbox) == 5
