"""Telling the units asked in a round: when it opens, and reminders of the deadline to
those who have not replied (from the round's page, and with ``send_reminders`` in the
days before the deadline). Notifications as the other reminders are: in the in-app list,
and by e-mail in each person's language (web/people/notify.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.mail import EmailMessage

from chitieu.web.consultation.models import Round
from chitieu.web.people.models import Agency, Notification, NotificationKind, Role
from chitieu.web.people.notify import deliver, emails

# A round is recalled by send_reminders in its last days, as tasks are (dashboard).
NEAR_DAYS = 7


def details(round: Round, reminder: bool) -> dict[str, Any]:
    return {
        "round": round.pk,
        "title": round.title,
        "draft": round.version.draft.title,
        "deadline": round.deadline.isoformat(),
        "reminder": reminder,
    }


def notes(
    round: Round, agencies: Iterable[Agency], actor: Any, reminder: bool
) -> list[Notification]:
    """A notification for each active reporter and approver of the units."""
    users = User.objects.filter(
        profile__agency__in=list(agencies),
        profile__role__in=(Role.REPORTER, Role.APPROVER),
        is_active=True,
    )
    if getattr(actor, "pk", None) is not None:
        users = users.exclude(pk=actor.pk)
    said = details(round, reminder)
    return [
        Notification(
            user=u,
            kind=NotificationKind.CONSULTATION,
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            details=said,
        )
        for u in users.select_related("profile").order_by("username")
    ]


def tell(round: Round, agencies: Iterable[Agency], actor: Any, reminder: bool) -> int:
    """Notify the units' people now (e-mails after the commit); how many were told."""
    return len(deliver(notes(round, agencies, actor, reminder)))


def silent(round: Round) -> list[Agency]:
    """The units asked that have sent nothing yet."""
    replied = set(round.comments.values_list("agency_id", flat=True))
    return [a for a in round.agencies.order_by("name") if a.pk not in replied]


def due(today: date) -> list[Notification]:
    """Reminders for the open rounds whose deadline is within :data:`NEAR_DAYS`, to the
    units that have not replied (unsaved)."""
    rounds = Round.objects.filter(
        closed_at__isnull=True, deadline__gte=today, deadline__lte=today + timedelta(NEAR_DAYS)
    ).select_related("version__draft")
    return [n for r in rounds for n in notes(r, silent(r), None, reminder=True)]


def send(today: date, *, dry_run: bool = False) -> list[EmailMessage]:
    """Remind (unless ``dry_run``); the e-mails, for the command to list."""
    found = due(today)
    messages = emails(found)
    if not dry_run:
        deliver(found)
    return messages
