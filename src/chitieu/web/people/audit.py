"""Recording changes. Every service that changes data calls :func:`record` in its
transaction, so a change and its record are saved together or not at all; a service that
changes many rows at once builds their events with :func:`event` and writes them with
:func:`record_all`, in one statement, the same rows as one :func:`record` each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan


def event(
    user: Any,
    action: str,
    obj: Any,
    *,
    plan: Plan | None = None,
    field: str = "",
    old: object = "",
    new: object = "",
    comment: str = "",
) -> AuditEvent:
    """The record of a change, not saved yet."""
    return AuditEvent(
        user=user if getattr(user, "is_authenticated", False) else None,
        plan=plan,
        action=action,
        object_type=obj._meta.model_name,
        object_id=str(obj.pk),
        field=field,
        old="" if old is None else str(old),
        new="" if new is None else str(new),
        comment=comment,
    )


def record(
    user: Any,
    action: str,
    obj: Any,
    *,
    plan: Plan | None = None,
    field: str = "",
    old: object = "",
    new: object = "",
    comment: str = "",
) -> AuditEvent:
    made = event(user, action, obj, plan=plan, field=field, old=old, new=new, comment=comment)
    made.save()
    return made


def record_all(events: Sequence[AuditEvent]) -> None:
    """Save the records of many changes at once, in their order (their times and ids
    follow it, so the trail lists them as if recorded one by one)."""
    AuditEvent.objects.bulk_create(events)
