"""Recording changes. Every service that changes data calls :func:`record` in its
transaction, so a change and its record are saved together or not at all."""

from __future__ import annotations

from typing import Any

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan


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
    return AuditEvent.objects.create(
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
