"""Helpers for the tests of agencies over time: people of an agency, a report's form for
one measure of the province, and recording a change through the planning office's page."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.urls import reverse

from chitieu.web.people.models import Agency, Profile, Role
from tests.entryhelpers import PLAN, today_text
from tests.webhelpers import client_for

INVESTMENT = "social-investment"  # target 7, Sở KH&ĐT's, then Sở Tài chính's
KHDT, TAI_CHINH = "so-khdt", "so-tai-chinh"  # merged on 1/3/2025 in the demo


def person(username: str, role: Role, agency: str | None) -> User:
    """A new account of ``role`` in ``agency`` (its code; None: no agency)."""
    user = User.objects.create_user(username, f"{username}@example.vn", "x", first_name=username)
    Profile.objects.create(
        user=user, role=role, agency=Agency.objects.get(code=agency) if agency else None
    )
    return user


def entry(agency: str, period: str) -> str:
    return reverse("figures:entry", args=[PLAN, agency, period])


def values(action: str = "save", **given: tuple[str, str]) -> dict[str, str]:
    """An entry form with a (value, stage) for measures of the province, by key
    (underscores for dashes); the other lines of the report are left empty."""
    data = {"action": action, "as_of": today_text()}
    for key, (value, stage) in given.items():
        suffix = f"{key.replace('_', '-')}-20"
        data |= {f"value-{suffix}": value, f"stage-{suffix}": stage, f"note-{suffix}": ""}
    return data


def record_change(
    agency: str, successor: str, kind: str, effective: str, act: str = "", who: str = "kehoach"
) -> Any:
    """Post the change form of ``agency``'s page, as the planning office does."""
    data = {
        "change-kind": kind,
        "change-successor": str(Agency.objects.get(code=successor).pk),
        "change-effective": effective,
        "change-act": act,
    }
    return client_for(who).post(reverse("people:change_add", args=[agency]), data)


def add_agency(code: str, name: str, valid_from: str = "", valid_to: str = "") -> Any:
    """Add an agency through the agencies page, as the planning office does."""
    data = {
        "code": code,
        "name": name,
        "kind": "department",
        "area_code": "20",
        "valid_from": valid_from,
        "valid_to": valid_to,
        "act": "",
    }
    return client_for("kehoach").post(reverse("people:agencies"), data)


def page_text(response: Any) -> str:
    """A page's HTML with its white space collapsed, to look for a sentence in it."""
    return " ".join(response.content.decode().split())
