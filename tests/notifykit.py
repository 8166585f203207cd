"""Helpers for the notification tests: a report of the labour department, submitted."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from chitieu.figures.periods import parse_period
from chitieu.web.figures import services
from chitieu.web.figures.models import Submission
from chitieu.web.people.models import Agency, Notification, Profile, Role

LABOUR = "so-ldtbxh"


def submitted(plan: Any, by: User, value: str = "66,5") -> Submission:
    """Sở LĐ-TB&XH's report of 2025, entered (its warnings, if any, confirmed) and submitted
    by ``by``."""
    agency = Agency.objects.get(code=LABOUR)
    entry = services.RawEntry(
        services.Place(), "trained-labour", plan.area_code, value, "official", confirmed=True
    )
    sub = services.save_entries(by, plan, agency, parse_period("2025"), [entry])
    return services.submit(by, sub)


def person(username: str, role: Role, agency: str | None = None, **fields: Any) -> User:
    """Another account, with an e-mail address unless told otherwise."""
    fields.setdefault("email", f"{username}@example.vn")
    user = User.objects.create_user(username, **fields)
    Profile.objects.create(
        user=user, role=role, agency=Agency.objects.get(code=agency) if agency else None
    )
    return user


def told(kind: str) -> set[str]:
    """Who got a notification of this kind (user names)."""
    return set(Notification.objects.filter(kind=kind).values_list("user__username", flat=True))
