"""People in the Django admin: users and their roles, agencies, assignments, tokens.

Every admin here is audited (admin_audit.AuditedAdmin), Django's own user and group
admins included: creating a user or changing a role leaves its record like any page does.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.http import HttpRequest, HttpResponse

from chitieu.web.people.admin_audit import AuditedAdmin, ReadOnlyAdmin
from chitieu.web.people.models import (
    Agency,
    AgencyChange,
    ApiToken,
    Assignment,
    AuditEvent,
    Notification,
    Profile,
)


@admin.register(Agency)
class AgencyAdmin(AuditedAdmin):
    list_display = ["code", "name", "kind", "area_code", "unit", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["code", "name"]
    raw_id_fields = ["unit"]


@admin.register(AgencyChange)
class AgencyChangeAdmin(AuditedAdmin):
    """Lineage records as they are: checked by the core on save, nothing filled in (the
    agency pages end the predecessor and move its people; see people/lineage.py)."""

    list_display = ["predecessor", "successor", "kind", "effective", "act"]
    list_filter = ["kind"]


@admin.register(Profile)
class ProfileAdmin(AuditedAdmin):
    list_display = ["user", "role", "agency", "language", "email_notifications"]
    list_filter = ["role"]


@admin.register(Assignment)
class AssignmentAdmin(AuditedAdmin):
    list_display = ["agency", "measure", "unit_code"]
    list_filter = ["agency"]
    raw_id_fields = ["measure"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Read-only: the trail is evidence, not data to edit."""

    list_display = ["at", "user", "action", "object_type", "object_id", "field", "old", "new"]
    list_filter = ["action", "object_type"]


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """Read-only: what was told to whom, and whether they read it."""

    list_display = ["created_at", "user", "kind", "plan", "read_at"]
    list_filter = ["kind"]


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedAdmin):
    list_display = ["name", "user", "created_at", "last_used"]
    readonly_fields = ["digest"]


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class AuditedUserAdmin(AuditedAdmin, UserAdmin):  # type: ignore[type-arg]
    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        # Django saves the new password outside a transaction; here it and its record
        # are saved together.
        with transaction.atomic():
            response: HttpResponse = super().user_change_password(request, id, form_url)
            return response


@admin.register(Group)
class AuditedGroupAdmin(AuditedAdmin, GroupAdmin):
    pass
