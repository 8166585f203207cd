"""Telling people: a report submitted (its approvers), returned or approved (its agency's
reporters and whoever submitted it), and the reminders.

Each person gets a notification in the in-app list and, unless they switched e-mail off
on their account page or have no address, an e-mail in their own language. The
notifications are saved in the transaction of what they tell about; the e-mails leave
only once it is committed (``transaction.on_commit``), so a rolled-back approval mails
no one, and a mail server that fails is logged and never undoes the approval.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from chitieu.web.people.access import approvers_of, reporters_of
from chitieu.web.people.models import Notification, NotificationKind, Profile
from chitieu.web.people.notices import notice

log = logging.getLogger("chitieu.notifications")


def language_of(user: User) -> str:
    profile: Profile | None = getattr(user, "profile", None)
    return profile.language if profile is not None else settings.LANGUAGE_CODE


def wants_email(user: User) -> bool:
    """Whether to e-mail this person: an address, e-mail not switched off, an active account."""
    profile: Profile | None = getattr(user, "profile", None)
    on = profile.email_notifications if profile is not None else True
    return bool(user.email) and on and user.is_active


def site_url(path: str) -> str:
    """An address on the site for an e-mail (``CHITIEU_SITE_URL`` + the path)."""
    return str(settings.CHITIEU_SITE_URL).rstrip("/") + path


def email_of(n: Notification) -> EmailMessage:
    """The e-mail of a notification, written in its recipient's language."""
    with translation.override(language_of(n.user)):
        said = notice(n)
        parts = [said.text]
        if said.link:
            parts.append(site_url(said.link))
        parts.append(
            "-- \n"
            + _("chitieu. To stop these e-mails, switch them off on your account page: %(url)s")
            % {"url": site_url(reverse("people:account"))}
        )
        # One line: a name typed with a line break must not become a mail header.
        subject = " ".join(said.subject.split())
        return EmailMessage(subject, "\n\n".join(parts) + "\n", None, [n.user.email])


def emails(notifications: Iterable[Notification]) -> list[EmailMessage]:
    """The e-mails of those who take them; one that cannot be written is logged and left
    out, never allowed to break the step that caused it."""
    out: list[EmailMessage] = []
    for n in notifications:
        if not wants_email(n.user):
            continue
        try:
            out.append(email_of(n))
        except Exception:
            log.exception("notification e-mail to %s not written", n.user.email)
    return out


def _send(messages: Sequence[EmailMessage]) -> None:
    """Send over one connection; a failure is logged, never raised."""
    try:
        with get_connection() as connection:
            for message in messages:
                try:
                    connection.send_messages([message])
                except Exception:
                    log.exception("notification e-mail to %s not sent", ", ".join(message.to))
    except Exception:
        log.exception("mail server unreachable: %d notification e-mail(s) not sent", len(messages))


def send_after_commit(messages: Sequence[EmailMessage]) -> None:
    """Send once the current transaction commits (at once outside one)."""
    if messages:
        transaction.on_commit(lambda: _send(messages), robust=True)


def deliver(notifications: Sequence[Notification]) -> list[Notification]:
    """Save the notifications and mail those who want e-mails, after the commit."""
    saved = Notification.objects.bulk_create(notifications)
    send_after_commit(emails(saved))
    return saved


def _people(users: Any, actor: Any) -> list[User]:
    """Active users, each once, without the one who acted, with their preferences."""
    actor_pk = getattr(actor, "pk", None)
    found = users.filter(is_active=True).exclude(pk=actor_pk).select_related("profile")
    return list(found.distinct().order_by("username"))


def report_event(kind: NotificationKind, sub: Any, actor: Any) -> None:
    """Tell who is concerned that ``actor`` submitted, returned or approved a report.

    Called inside the workflow's transaction (web/figures/services.py)."""
    if kind == NotificationKind.SUBMITTED:
        users = approvers_of(sub.agency)
    else:
        users = reporters_of(sub.agency)
        if sub.submitted_by_id is not None:  # the planning office may submit for an agency
            users = users | User.objects.filter(pk=sub.submitted_by_id)
    comment = sub.comment if kind == NotificationKind.RETURNED else ""
    deliver(
        [
            Notification(
                user=user, kind=kind, plan=sub.plan, submission=sub, actor=actor, comment=comment
            )
            for user in _people(users, actor)
        ]
    )
