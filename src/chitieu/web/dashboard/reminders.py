"""Reminders: who has not reported the period due, and which tasks are near or past their
deadline. Shown to the planning office on the dashboard, and sent to each person concerned
(``chitieu manage send_reminders``) as a notification: in the in-app list, and by e-mail in
their language unless they switched e-mail off. ``today`` is always passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Q

from chitieu.figures.regime import ReportingWindow, period_due_on
from chitieu.units.agencies import Agencies
from chitieu.web.figures.lines import plan_windows
from chitieu.web.figures.models import Submission, SubmissionStatus
from chitieu.web.figures.scopes import Scopes
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import Agency, Notification, NotificationKind, Role
from chitieu.web.people.notify import deliver, emails
from chitieu.web.plans.models import Plan, Task
from chitieu.web.plans.program import NEAR_DAYS, due_tasks

# a report counts as sent once submitted; approval is the approver's business
SENT = (SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED)


@dataclass
class Reminders:
    plan: Plan
    today: date
    window: ReportingWindow | None  # the period being reported today (None after the term)
    missing: list[Agency] = field(default_factory=list)  # assigned, nothing sent yet
    overdue: list[Task] = field(default_factory=list)
    near: list[Task] = field(default_factory=list)
    agencies: Agencies = field(default_factory=lambda: Agencies([]))

    @property
    def empty(self) -> bool:
        return not (self.missing or self.overdue or self.near)

    def owners(self, t: Task) -> set[str]:
        """The codes of the agencies a task is owed by today: its lead and co-agencies, or
        what they were merged into or renamed as (a split one keeps it: its parts are
        given their tasks by the planning office)."""
        named = [*([t.lead] if t.lead is not None else []), *t.co_agencies.all()]
        out: set[str] = set()
        for a in named:
            out |= self.agencies.reporters(a.code, self.today) or {a.code}
        return out

    def agency_tasks(self, agency: Agency) -> tuple[list[Task], list[Task]]:
        """The overdue and near tasks this agency leads or shares, or carries on."""

        def mine(t: Task) -> bool:
            return agency.code in self.owners(t)

        return [t for t in self.overdue if mine(t)], [t for t in self.near if mine(t)]


def reminders(plan: Plan, today: date) -> Reminders:
    """What is owed today: the report of the period due, by each agency that reports it
    (in force at the period's end), and the tasks near or past their deadline."""
    window = period_due_on(today, plan_windows(plan))
    overdue, near = due_tasks(plan, today, NEAR_DAYS)
    lineage = timeline()
    out = Reminders(plan, today, window, overdue=overdue, near=near, agencies=lineage)
    if window is not None:
        reporting = Scopes(plan, lineage).reporting(window.period)
        sent = set(
            Submission.objects.filter(
                plan=plan, period=str(window.period), status__in=SENT
            ).values_list("agency_id", flat=True)
        )
        out.missing = [a for a in reporting if a.pk not in sent]
    return out


# ---------------------------------------------------------------- notifications


def _task(t: Task) -> dict[str, Any]:
    """A task as a reminder keeps it: as it stood when the reminder was sent."""
    return {
        "kind": t.kind,
        "no": t.no,
        "lead": t.lead.name if t.lead else "",
        "deadline": t.deadline.isoformat() if t.deadline else None,
        "text": t.text[:120],
    }


def _window(r: Reminders) -> dict[str, Any]:
    if r.window is None:
        return {"period": None, "due": None}
    return {"period": str(r.window.period), "due": r.window.due.isoformat()}


def _agency_details(r: Reminders, agency: Agency) -> dict[str, Any]:
    overdue, near = r.agency_tasks(agency)
    return {
        **_window(r),
        "report_due": r.window is not None and agency in r.missing,
        "overdue": [_task(t) for t in overdue],
        "near": [_task(t) for t in near],
    }


def _summary_details(r: Reminders) -> dict[str, Any]:
    return {
        **_window(r),
        "missing": [a.name for a in r.missing],
        "overdue": [_task(t) for t in r.overdue],
        "near": [_task(t) for t in r.near],
    }


def notifications(r: Reminders) -> list[Notification]:
    """A reminder for each active user of an agency that owes something (its report, a
    task it leads or shares), and a summary for the planning office (unsaved)."""
    out: list[Notification] = []
    if r.empty:
        return out
    owing: set[str] = {a.code for a in r.missing}
    for t in [*r.overdue, *r.near]:
        owing |= r.owners(t)
    users = User.objects.filter(profile__agency__code__in=owing, is_active=True)
    for user in users.select_related("profile__agency").order_by("username"):
        agency = user.profile.agency
        assert agency is not None  # the query asked for users of owing agencies
        details = _agency_details(r, agency)
        out.append(
            Notification(user=user, kind=NotificationKind.REMINDER, plan=r.plan, details=details)
        )
    planners = User.objects.filter(
        Q(profile__role=Role.PLANNING) | Q(is_superuser=True), is_active=True
    ).select_related("profile")
    summary = _summary_details(r)
    for user in planners.distinct().order_by("username"):
        out.append(
            Notification(
                user=user, kind=NotificationKind.REMINDERS_SUMMARY, plan=r.plan, details=summary
            )
        )
    return out


@dataclass(frozen=True)
class Mail:
    to: list[str]
    subject: str
    body: str


def send(plans: list[Plan], today: date, *, dry_run: bool = False) -> list[Mail]:
    """Notify (unless ``dry_run``) everyone owing something in the plans; the e-mails,
    each in its recipient's language, to those who take them."""
    notes = [n for plan in plans for n in notifications(reminders(plan, today))]
    messages = emails(notes)
    if not dry_run:
        deliver(notes)
    return [Mail(list(m.to), str(m.subject), str(m.body)) for m in messages]
