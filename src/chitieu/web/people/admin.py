from django.contrib import admin

from chitieu.web.people.models import Agency, ApiToken, Assignment, AuditEvent, Profile


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["code", "name", "kind", "area_code", "unit"]
    list_filter = ["kind"]
    search_fields = ["code", "name"]
    raw_id_fields = ["unit"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["user", "role", "agency"]
    list_filter = ["role"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["agency", "measure", "unit_code"]
    list_filter = ["agency"]
    raw_id_fields = ["measure"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read-only: the trail is evidence, not data to edit."""

    list_display = ["at", "user", "action", "object_type", "object_id", "field", "old", "new"]
    list_filter = ["action", "object_type"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "user", "created_at", "last_used"]
    readonly_fields = ["digest"]
