"""Plans in the Django admin, checked by the core like everywhere else.

The admin writes rows directly; after each save (or delete) the whole plan is checked as
a plan file would be. A plan that fails the check is not saved: the transaction is
rolled back and the problems are shown. Every save is recorded in the audit trail too,
field by field (people/admin_audit.py).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import models
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext as _

from chitieu.problems import InputError
from chitieu.web.people.admin_audit import AuditedAdmin
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.forms import VNNumberField
from chitieu.web.plans.models import (
    Measure,
    MeasureShare,
    Plan,
    ReadDraft,
    RejectedMeasure,
    Target,
    Task,
    TaskNote,
)
from chitieu.web.problems import said

# Numbers typed and shown the Vietnamese way, as in the rest of the application.
NUMBERS: dict[type[models.Field[Any, Any]], dict[str, Any]] = {
    models.DecimalField: {"form_class": VNNumberField}
}


class PlanRefused(Exception):
    """The admin's change would leave a plan the core rejects; it is rolled back."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class CoreCheckedAdmin(AuditedAdmin):
    """Checks the plan an object belongs to after the admin changed it (and records the
    change, as every admin does)."""

    formfield_overrides = NUMBERS

    def plan_of(self, obj: Any) -> Plan:
        return obj if isinstance(obj, Plan) else obj.plan

    def _check(self, obj: Any) -> None:
        plan = Plan.objects.get(pk=self.plan_of(obj).pk)
        try:
            core_plan(plan)
        except InputError as exc:
            # raised inside the admin's transaction, which rolls the change back
            raise PlanRefused([f"{said(p)} ({p.path})" for p in exc.problems]) from None
        plan.touch()  # cached evaluations are keyed by the data version

    def save_related(
        self, request: HttpRequest, form: ModelForm[Any], formsets: Any, change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        self._check(form.instance)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        plan = None if isinstance(obj, Plan) else self.plan_of(obj)
        super().delete_model(request, obj)
        if plan is not None:
            self._check(plan)

    def _refused(self, request: HttpRequest, exc: PlanRefused) -> HttpResponse:
        self.message_user(
            request, _("Nothing was saved: the plan would not pass the check."), messages.ERROR
        )
        for problem in exc.problems:
            self.message_user(request, problem, messages.ERROR)
        return HttpResponseRedirect(request.get_full_path())

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except PlanRefused as exc:
            return self._refused(request, exc)

    def delete_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        try:
            return super().delete_view(request, object_id, extra_context)
        except PlanRefused as exc:
            return self._refused(request, exc)


class TargetInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Target
    extra = 0
    fields = ["no", "text", "group", "lead_agency"]


class MeasureInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Measure
    fk_name = "plan"
    extra = 0
    formfield_overrides = NUMBERS
    fields = [
        ("target", "key", "position"),
        ("name", "unit"),
        ("kind", "comparator", "direction", "input"),
        ("low", "high", "end_year", "decimals", "trend"),
        ("baseline_year", "baseline_value", "baseline_stage"),
        "baseline_source",
        ("valid_min", "valid_max", "max_change"),
        "note",
    ]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        # a measure belongs to one of its own plan's targets
        if db_field.name == "target":
            match = request.resolver_match
            plan_id = match.kwargs.get("object_id") if match else None
            targets = Target.objects.filter(plan_id=plan_id) if plan_id else Target.objects.none()
            kwargs["queryset"] = targets
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TaskInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Task
    extra = 0
    fields = ["kind", "no", "text"]


class TaskNoteInline(admin.TabularInline):  # type: ignore[type-arg]
    model = TaskNote
    extra = 0
    readonly_fields = ["author", "at"]


@admin.register(Plan)
class PlanAdmin(CoreCheckedAdmin):
    list_display = ["slug", "title", "area_name", "start_year", "end_year", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["slug", "title", "area_name"]
    inlines = [TargetInline, MeasureInline, TaskInline]
    readonly_fields = ["data_version", "created_at", "updated_at"]


@admin.register(Target)
class TargetAdmin(CoreCheckedAdmin):
    list_display = ["plan", "no", "text", "group", "lead_agency"]
    list_filter = ["plan", "group"]
    search_fields = ["text"]
    fields = ["plan", "no", "text", "group", "lead_agency"]


@admin.register(Measure)
class MeasureAdmin(CoreCheckedAdmin):
    list_display = ["plan", "key", "name", "unit", "kind", "comparator", "low", "high", "end_year"]
    list_filter = ["plan", "kind"]
    search_fields = ["key", "name"]
    raw_id_fields = ["target"]


@admin.register(Task)
class TaskAdmin(CoreCheckedAdmin):
    list_display = ["plan", "kind", "no", "text", "lead", "deadline", "status"]
    list_filter = ["plan", "kind", "status"]
    fields = ["plan", "kind", "no", "text", "lead", "co_agencies", "deadline", "status", "targets"]
    filter_horizontal = ["co_agencies", "targets"]
    inlines = [TaskNoteInline]


@admin.register(MeasureShare)
class MeasureShareAdmin(CoreCheckedAdmin):
    list_display = ["measure", "unit_code", "agency", "low", "high"]
    list_filter = ["measure__plan"]
    raw_id_fields = ["measure"]

    def plan_of(self, obj: Any) -> Plan:
        return obj.measure.plan if isinstance(obj, MeasureShare) else super().plan_of(obj)


@admin.register(ReadDraft)
class ReadDraftAdmin(AuditedAdmin):
    list_display = ["filename", "created_by", "created_at"]
    readonly_fields = ["token", "filename", "created_by", "created_at"]
    exclude = ["posted"]


@admin.register(RejectedMeasure)
class RejectedMeasureAdmin(AuditedAdmin):
    """The measures the planning office rejected on the review page, per document: made
    there only; deleting one here forgets it (audited), as the page's undo does."""

    list_display = ["name", "filename", "agency", "rejected_by", "rejected_at"]
    search_fields = ["name", "filename", "sentence"]
    readonly_fields = [
        *("digest", "agency", "fingerprint", "measure_key", "name", "sentence"),
        *("filename", "rejected_by", "rejected_at"),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(TaskNote)
class TaskNoteAdmin(AuditedAdmin):
    """Progress notes across tasks (each task's page in the admin has its own too)."""

    list_display = ["at", "task", "author", "text"]
    list_filter = ["task__plan"]
    search_fields = ["text"]
    raw_id_fields = ["task"]
    readonly_fields = ["author", "at"]
