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


def test_it_mails_each_agencys_users_and_the_planning_office(demo, people):
    sent = send([demo], DAY)
    assert len(mail.outbox) == len(sent) >= 3
    by_to = {tuple(m.to): m for m in mail.outbox}
    labour = by_to[("laodong@example.vn",)]
    assert (
        "Nghị quyết" in labour.body and "báo cáo năm 2024" in labour.body.lower()
    )  # in Vietnamese
    planning = by_to[("kehoach@example.vn", "quantri@example.vn")]
    assert "Sở Lao động - Thương binh và Xã hội" in planning.body
    assert "31/12/2024" in planning.body  # task 3, due within 14 days
    # the tourism department's reporter owes the report only (no task of theirs is due)
    assert "Sở Văn hóa" not in by_to[("dulich@example.vn",)].body.split("\n\n", 1)[1]


def test_the_command_sends_or_only_shows(demo):
    out = io.StringIO()
    call_command("send_reminders", "--today", "2024-12-18", "--dry-run", stdout=out)
    assert mail.outbox == [] and "would send" in out.getvalue()
    call_command("send_reminders", "--today", "2024-12-18", stdout=io.StringIO())
    assert mail.outbox
