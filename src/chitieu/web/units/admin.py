from django.contrib import admin

from chitieu.web.people.admin_audit import AuditedAdmin
from chitieu.web.units.models import AdminUnit, UnitChange


@admin.register(AdminUnit)
class AdminUnitAdmin(AuditedAdmin):
    list_display = ["code", "name", "level", "division_type", "parent", "valid_from", "valid_to"]
    list_filter = ["level", "division_type"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent"]


@admin.register(UnitChange)
class UnitChangeAdmin(AuditedAdmin):
    list_display = ["predecessor", "successor", "kind", "effective", "act"]
    list_filter = ["kind"]
    raw_id_fields = ["predecessor", "successor"]
