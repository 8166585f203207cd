"""Who may do what. Views, the API and the services all ask these questions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser

from chitieu.web.people.models import Agency, Role
from chitieu.web.plans.models import Plan, Task

User = Any  # a django.contrib.auth user or AnonymousUser


def role_of(user: User) -> Role | None:
    """The user's role; superusers are administrators; anonymous users have none."""
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.ADMIN
    profile = getattr(user, "profile", None)
    return Role(profile.role) if profile is not None else Role.VIEWER


def agency_of(user: User) -> Agency | None:
    profile = getattr(user, "profile", None) if role_of(user) else None
    return profile.agency if profile is not None else None


def can_view_plan(user: User, plan: Plan) -> bool:
    return plan.is_public or role_of(user) is not None


def can_manage_plans(user: User) -> bool:
    """Set up plans, agencies and assignments: the planning office and administrators."""
    return role_of(user) in (Role.ADMIN, Role.PLANNING)


def can_report_for(user: User, agency: Agency) -> bool:
    """Enter figures for an agency: its own reporters, or the planning office for anyone."""
    role = role_of(user)
    if role in (Role.ADMIN, Role.PLANNING):
        return True
    return role is Role.REPORTER and agency_of(user) == agency


def can_approve_for(user: User, agency: Agency) -> bool:
    """Approve or return an agency's report: approvers (of that agency, or of all)."""
    role = role_of(user)
    if role is Role.ADMIN:
        return True
    if role is not Role.APPROVER:
        return False
    own = agency_of(user)
    return own is None or own == agency


def reportable_agencies(user: User) -> list[Agency]:
    """The agencies whose entry pages the user may open."""
    if role_of(user) in (Role.ADMIN, Role.PLANNING):
        return list(Agency.objects.all())
    own = agency_of(user)
    return [own] if own is not None and role_of(user) is Role.REPORTER else []


def can_approve_any(user: User) -> bool:
    """Decide reports at all (the approvals page): approvers and administrators."""
    return role_of(user) in (Role.ADMIN, Role.APPROVER)


def can_read_audit(user: User) -> bool:
    """Read the audit trail: the planning office, administrators and approvers."""
    return role_of(user) in (Role.ADMIN, Role.PLANNING, Role.APPROVER)


def can_note_task(user: User, task: Task) -> bool:
    """Add a progress note: the planning office, or reporters of the lead or a co-agency."""
    if can_manage_plans(user):
        return True
    own = agency_of(user)
    if role_of(user) is not Role.REPORTER or own is None:
        return False
    return task.lead_id == own.pk or task.co_agencies.filter(pk=own.pk).exists()


def can_edit_task(user: User) -> bool:
    """Change a task's lead, co-agencies, deadline, status or targets: the planning office."""
    return can_manage_plans(user)
