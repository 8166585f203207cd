"""The reporting regime, the reports and the figures in the Django admin.

The regime is edited here. Reports (submissions) and figure vintages are shown and never
written: they change only through the entry and approval workflow (entered, submitted,
approved or returned, corrected by a new vintage), which checks and records every step.
"""

from django.contrib import admin

from chitieu.web.figures.models import ExchangeMapping, FigureRecord, ReportingRegime, Submission
from chitieu.web.people.admin_audit import AuditedAdmin, ReadOnlyAdmin


@admin.register(ReportingRegime)
class ReportingRegimeAdmin(AuditedAdmin):
    list_display = ["area_code", "cutoff_day", "deadline_days", "nine_months", "act"]


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyAdmin):
    list_display = ["plan", "agency", "period", "revision", "status", "submitted_at", "decided_at"]
    list_filter = ["status", "plan", "period"]
    search_fields = ["agency__code", "agency__name", "period"]
    list_select_related = ["plan", "agency"]


@admin.register(FigureRecord)
class FigureRecordAdmin(ReadOnlyAdmin):
    list_display = ["measure", "unit_code", "period", "value", "stage", "as_of", "approved_at"]
    list_filter = ["stage", "plan", "period"]
    search_fields = ["measure__key", "measure__name", "unit_code"]
    list_select_related = ["measure"]


@admin.register(ExchangeMapping)
class ExchangeMappingAdmin(ReadOnlyAdmin):
    """Kept by the exchange pages (each change on the record), shown here."""

    list_display = ["plan", "agency", "kind", "changed_at", "changed_by"]
    list_filter = ["kind", "plan"]
    list_select_related = ["plan", "agency", "changed_by"]
