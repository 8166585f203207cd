"""The reporting regime in the Django admin. Reports and figures are not here: they change
only through the entry and approval workflow, never by editing rows."""

from django.contrib import admin

from chitieu.web.figures.models import ReportingRegime
from chitieu.web.people.admin_audit import AuditedAdmin


@admin.register(ReportingRegime)
class ReportingRegimeAdmin(AuditedAdmin):
    list_display = ["area_code", "cutoff_day", "deadline_days", "nine_months", "act"]
