"""Reminders: who has not reported the period due, and which tasks are near or past their
deadline. Shown to the planning office on the dashboard and sent by e-mail
(``chitieu manage send_reminders``). ``today`` is always passed in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import translation
from django.utils.translation import pgettext

from chitieu.figures.regime import ReportingWindow, period_due_on
from chitieu.web.figures.lines import plan_windows
from chitieu.web.figures.models import Submission, SubmissionStatus
from chitieu.web.people.models import Agency, Role
from chitieu.web.plans.models import Plan, Task
from chitieu.web.plans.program import NEAR_DAYS, due_tasks
from chitieu.web.templatetags.vn import vn_date

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

    @property
    def empty(self) -> bool:
        return not (self.missing or self.overdue or self.near)

    def agency_tasks(self, agency: Agency) -> tuple[list[Task], list[Task]]:
        """The overdue and near tasks this agency leads or shares."""

        def mine(t: Task) -> bool:
            return t.lead_id == agency.pk or any(a.pk == agency.pk for a in t.co_agencies.all())

        return [t for t in self.overdue if mine(t)], [t for t in self.near if mine(t)]


def reminders(plan: Plan, today: date) -> Reminders:
    window = period_due_on(today, plan_windows(plan))
    overdue, near = due_tasks(plan, today, NEAR_DAYS)
    out = Reminders(plan, today, window, overdue=overdue, near=near)
    if window is not None:
        assigned = Agency.objects.filter(assignments__measure__plan=plan).distinct()
        sent = set(
            Submission.objects.filter(
                plan=plan, period=str(window.period), status__in=SENT
            ).values_list("agency_id", flat=True)
        )
        out.missing = [a for a in assigned if a.pk not in sent]
    return out


# ---------------------------------------------------------------- e-mail


def _task_line(t: Task) -> str:
    lead = t.lead.name if t.lead else "—"
    return f"- {t.kind_name} {t.no} ({lead}, {vn_date(t.deadline)}): {t.text[:120]}"


def _period(r: Reminders) -> str:
    """The period's name inside a sentence: "năm 2024", "6 tháng đầu năm 2025"."""
    label = r.window.period.label("vi") if r.window else ""
    return label[:1].lower() + label[1:]


def _agency_body(r: Reminders, agency: Agency) -> str:
    lines: list[str] = [r.plan.title, ""]
    if r.window is not None and agency in r.missing:
        lines.append(
            pgettext("reminders", "Your report for %(period)s is due on %(due)s.")
            % {"period": _period(r), "due": vn_date(r.window.due)}
        )
    overdue, near = r.agency_tasks(agency)
    if overdue:
        lines += ["", pgettext("reminders", "Tasks past their deadline:")]
        lines += [_task_line(t) for t in overdue]
    if near:
        lines += ["", pgettext("reminders", "Tasks due within 14 days:")]
        lines += [_task_line(t) for t in near]
    return "\n".join(lines) + "\n"


def _summary_body(r: Reminders) -> str:
    lines: list[str] = [r.plan.title, ""]
    if r.window is not None:
        lines.append(
            pgettext("reminders", "Not yet reported for %(period)s (due %(due)s):")
            % {"period": _period(r), "due": vn_date(r.window.due)}
        )
        lines += [f"- {a.name}" for a in r.missing] or ["- —"]
    lines += ["", pgettext("reminders", "Tasks past their deadline:")]
    lines += [_task_line(t) for t in r.overdue] or ["- —"]
    lines += ["", pgettext("reminders", "Tasks due within 14 days:")]
    lines += [_task_line(t) for t in r.near] or ["- —"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Mail:
    to: list[str]
    subject: str
    body: str


def mails(r: Reminders) -> list[Mail]:
    """One e-mail per agency that owes something, and a summary for the planning office."""
    out: list[Mail] = []
    if r.empty:
        return out
    owing: set[int] = {a.pk for a in r.missing}
    for t in [*r.overdue, *r.near]:
        owing |= {t.lead_id} if t.lead_id else set()
        owing |= {a.pk for a in t.co_agencies.all()}
    people: dict[int, list[str]] = defaultdict(list)
    users = User.objects.filter(profile__agency_id__in=owing, is_active=True).exclude(email="")
    for agency_id, email in users.values_list("profile__agency_id", "email"):
        people[agency_id].append(email)
    subject = pgettext("reminders", "Reminder: %(plan)s") % {"plan": r.plan.slug}
    for agency in Agency.objects.filter(pk__in=owing).order_by("name"):
        if people.get(agency.pk):
            out.append(Mail(sorted(people[agency.pk]), subject, _agency_body(r, agency)))
    planners = User.objects.filter(
        Q(profile__role=Role.PLANNING) | Q(is_superuser=True), is_active=True
    ).exclude(email="")
    to = sorted({u.email for u in planners})
    if to:
        summary = pgettext("reminders", "Reminders summary: %(plan)s") % {"plan": r.plan.slug}
        out.append(Mail(to, summary, _summary_body(r)))
    return out


def send(plans: list[Plan], today: date, *, dry_run: bool = False) -> list[Mail]:
    """Build (and unless ``dry_run`` send) the reminders of every plan, in Vietnamese."""
    out: list[Mail] = []
    with translation.override("vi"):
        for plan in plans:
            out += mails(reminders(plan, today))
    if not dry_run:
        for m in out:
            send_mail(m.subject, m.body, None, m.to)
    return out
