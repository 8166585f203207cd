"""Template context: the user's role, so the navigation shows only what they can use."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from chitieu.web.people.access import agency_of, can_manage_plans, role_of


def roles(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    role = role_of(user)
    return {
        "user_role": role,
        "user_agency": agency_of(user) if role else None,
        "can_manage_plans": can_manage_plans(user) if role else False,
    }
