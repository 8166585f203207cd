"""Recording changes. Every service that changes data calls :func:`record` in its
transaction, so a change and its record are saved together or not at all; a service that
changes many rows at once builds their events with :func:`event` and writes them with
:func:`record_all`, in one statement, the same rows as one :func:`record` each; one that
writes thousands (an upload) gives them as :class:`Change` tuples to
:func:`record_changes`, which writes the same rows without an object per change."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from django.utils import timezone

from chitieu.web.bulkinsert import insert_rows
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
        user=_who(user),
        plan=plan,
        action=action,
        object_type=obj._meta.model_name,
        object_id=str(obj.pk),
        field=field,
        old=_text(old),
        new=_text(new),
        comment=comment,
    )


def _who(user: Any) -> Any:
    """The user a record names: nobody for an anonymous one."""
    return user if getattr(user, "is_authenticated", False) else None


def _text(value: object) -> str:
    return "" if value is None else str(value)


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


class Change(NamedTuple):
    """A change to record, as :func:`event` takes it, with the object by its model name
    (``_meta.model_name``) and primary key."""

    action: str
    object_type: str
    object_id: object
    field: str = ""
    old: object = ""
    new: object = ""
    comment: str = ""


def record_changes(user: Any, plan: Plan | None, changes: Iterable[Change]) -> int:
    """Save the records of many changes by one user, in their order: the rows
    :func:`event` and :func:`record_all` would write (each dated as it is written), in a
    statement per few thousand, without an object per change. Returns how many."""
    who = _who(user)
    shared = {"user": who.pk if who is not None else None, "plan": plan.pk if plan else None}
    names = ("at", "action", "object_type", "object_id", "field", "old", "new", "comment")
    rows = (
        (
            timezone.now(),
            c.action,
            c.object_type,
            str(c.object_id),
            c.field,
            _text(c.old),
            _text(c.new),
            c.comment,
        )
        for c in changes
    )
    return insert_rows(AuditEvent, shared, names, rows)
