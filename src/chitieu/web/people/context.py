"""Template context: the user's role, so the navigation shows only what they can use, and
how many notifications they have not read (the header's count)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import connections, router
from django.http import HttpRequest

from chitieu.web.people.access import agency_of, can_manage_plans, role_of
from chitieu.web.people.models import Agency, Notification, Role


def _unread_sql(vendor_quote: Any) -> str:
    table = Notification._meta.db_table
    user = Notification._meta.get_field("user").column
    read = Notification._meta.get_field("read_at").column
    return (
        f"SELECT COUNT(*) FROM {vendor_quote(table)} "
        f"WHERE {vendor_quote(user)} = %s AND {vendor_quote(read)} IS NULL"
    )


def unread_count(user: Any) -> int:
    """The user's unread notifications, counted on the (user, read_at) index.

    Asked on every page a signed-in visitor opens, so written once as SQL: building the
    same query through the ORM cost several times what the database spends on it.
    """
    connection = connections[router.db_for_read(Notification)]
    with connection.cursor() as cursor:
        cursor.execute(_unread_sql(connection.ops.quote_name), [user.pk])
        row = cursor.fetchone()
    return int(row[0])


@dataclass(frozen=True)
class Visitor:
    """What the header shows of the person signed in: the menus of their role, their name
    and agency, and how many notifications they have not read."""

    role: Role
    agency: Agency | None
    can_manage_plans: bool
    is_staff: bool
    name: str
    unread: int

    @classmethod
    def of(cls, user: Any) -> Visitor | None:
        """None for an anonymous visitor."""
        role = role_of(user)
        if role is None:
            return None
        return cls(
            role=role,
            agency=agency_of(user),
            can_manage_plans=can_manage_plans(user),
            is_staff=bool(user.is_staff),
            name=user.get_full_name() or user.username,
            unread=unread_count(user),
        )


def roles(request: HttpRequest) -> dict[str, Any]:
    visitor = Visitor.of(getattr(request, "user", None))
    if visitor is None:
        # Pages of anonymous visitors are cached whole: they ask nothing of the database.
        return {
            "user_role": None,
            "user_agency": None,
            "can_manage_plans": False,
            "unread_notifications": 0,
        }
    return {
        "user_role": visitor.role,
        "user_agency": visitor.agency,
        "can_manage_plans": visitor.can_manage_plans,
        "unread_notifications": visitor.unread,
        "user_name": visitor.name,
    }
