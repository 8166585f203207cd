"""Template context: the user's role, so the navigation shows only what they can use, and
how many notifications they have not read (the header's count)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from chitieu.web.people.access import agency_of, can_manage_plans, role_of
from chitieu.web.people.models import Notification


def unread_count(user: Any) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def roles(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    role = role_of(user)
    return {
        "user_role": role,
        "user_agency": agency_of(user) if role else None,
        "can_manage_plans": can_manage_plans(user) if role else False,
        # Pages of anonymous visitors are cached whole: they ask nothing of the database.
        "unread_notifications": unread_count(user) if role else 0,
    }
