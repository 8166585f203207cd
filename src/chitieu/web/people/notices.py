"""The words of a notification, in the active language: its subject, its text and the page
it points to. A notification is stored as a kind and its parameters, so the in-app list
reads in the language of the page and an e-mail in the language of its recipient.

Dates are written the Vietnamese way in both languages (25/9/2025), as everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.urls import reverse
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from chitieu.figures.periods import parse_period
from chitieu.vnnumbers import format_date
from chitieu.web.people.models import Notification, NotificationKind
from chitieu.web.plans.models import TASK_KINDS


@dataclass(frozen=True)
class Notice:
    subject: str
    text: str  # plain text, lines separated by "\n"
    link: str  # a path on the site, "" for none


def person(user: Any) -> str:
    """A user as notifications name them: their full name, else their user name."""
    if user is None:
        return "–"
    return str(user.get_full_name() or user.get_username())


def _lang() -> str:
    return "en" if (get_language() or "vi").startswith("en") else "vi"


def period_name(period: str) -> str:
    """The period's name inside a sentence: "năm 2025", "6 tháng đầu năm 2025", "2025"."""
    label = parse_period(period).label(_lang())
    return label[:1].lower() + label[1:]


def _day(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else "–"


def _report_notice(n: Notification) -> Notice:
    sub = n.submission
    assert sub is not None
    names = {
        "who": person(n.actor),
        "agency": sub.agency.name,
        "period": period_name(sub.period),
        "plan": sub.plan.title,
    }
    link = reverse("figures:report", args=[sub.pk])
    if n.kind == NotificationKind.SUBMITTED:
        subject = _("Report to decide: %(agency)s, %(period)s") % names
        text = (
            _(
                "%(who)s submitted the report of %(agency)s for %(period)s (%(plan)s). "
                "Approve it, or return it with a comment."
            )
            % names
        )
    elif n.kind == NotificationKind.RETURNED:
        subject = _("Report returned: %(agency)s, %(period)s") % names
        text = "\n".join(
            [
                _("%(who)s returned the report of %(agency)s for %(period)s (%(plan)s):") % names,
                f"“{n.comment}”",
                _("Correct the report and submit it again."),
            ]
        )
    else:
        subject = _("Report approved: %(agency)s, %(period)s") % names
        text = (
            _(
                "%(who)s approved the report of %(agency)s for %(period)s (%(plan)s); "
                "its figures count from now on."
            )
            % names
        )
    return Notice(subject, text, link)


def _task_line(task: dict[str, Any]) -> str:
    kind = str(TASK_KINDS.get(task["kind"], task["kind"]))
    lead = task["lead"] or "—"
    return f"- {kind} {task['no']} ({lead}, {_day(task['deadline'])}): {task['text']}"


def _tasks(details: dict[str, Any], always: bool) -> list[str]:
    """The overdue and near tasks of a reminder; ``always`` lists a heading with "—"."""
    lines: list[str] = []
    for key, heading in (
        ("overdue", pgettext("reminders", "Tasks past their deadline:")),
        ("near", pgettext("reminders", "Tasks due within 14 days:")),
    ):
        tasks = details.get(key, [])
        if tasks or always:
            lines += ["", heading, *([_task_line(t) for t in tasks] or ["- —"])]
    return lines


def _reminder_notice(n: Notification) -> Notice:
    details = n.details
    assert n.plan is not None
    lines = [n.plan.title]
    due = {"due": _day(details.get("due"))}
    if n.kind == NotificationKind.REMINDER:
        subject = pgettext("reminders", "Reminder: %(plan)s") % {"plan": n.plan.slug}
        if details.get("report_due"):
            lines += [
                "",
                pgettext("reminders", "Your report for %(period)s is due on %(due)s.")
                % {"period": period_name(details["period"]), **due},
            ]
        lines += _tasks(details, always=False)
        link = reverse("figures:entry_home")
    else:
        subject = pgettext("reminders", "Reminders summary: %(plan)s") % {"plan": n.plan.slug}
        if details.get("period"):
            lines += [
                "",
                pgettext("reminders", "Not yet reported for %(period)s (due %(due)s):")
                % {"period": period_name(details["period"]), **due},
                *([f"- {name}" for name in details.get("missing", [])] or ["- —"]),
            ]
        lines += _tasks(details, always=True)
        link = reverse("dashboard:plan", args=[n.plan.slug])
    return Notice(subject, "\n".join(lines), link)


def _consultation_notice(n: Notification) -> Notice:
    """Comments asked on a draft, or a reminder of the round's deadline."""
    d = n.details
    names = {
        "title": d.get("title", ""),
        "draft": d.get("draft", ""),
        "due": _day(d.get("deadline")),
    }
    if d.get("reminder"):
        subject = _("Reminder: comments on %(draft)s are due on %(due)s") % names
        text = _("Your unit has not yet sent its comments on %(draft)s (%(title)s).") % names
    else:
        subject = _("Comments asked: %(draft)s, by %(due)s") % names
        text = (
            _("The drafting team asks your unit's comments on %(draft)s (%(title)s) by %(due)s.")
            % names
        )
    return Notice(subject, text, reverse("consultation:round", args=[d.get("round", 0)]))


def notice(n: Notification) -> Notice:
    """What the notification says, in the active language."""
    if n.kind == NotificationKind.CONSULTATION:
        return _consultation_notice(n)
    if n.kind in (NotificationKind.REMINDER, NotificationKind.REMINDERS_SUMMARY):
        return _reminder_notice(n)
    return _report_notice(n)
