"""The Django admin writes the audit trail too.

Every ModelAdmin of the project derives from :class:`AuditedAdmin` (a test walks
``admin.site._registry`` and fails on one that does not). An object added in the admin is
recorded field by field with its values, a change field by field (old → new, many-to-many
fields included), a deletion with what was deleted, and rows of the inline tables the
same way. The records are written where the admin writes, inside its transaction, so a
change that is rolled back (a plan the core refuses) leaves no record either.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import admin
from django.db import models, transaction
from django.forms import BaseModelFormSet, ModelForm
from django.http import HttpRequest

from chitieu.web.people.audit import record
from chitieu.web.plans.models import Measure, Plan

COMMENT = "admin"
SECRET = frozenset({"password", "digest"})  # recorded as changed, never their values
HIDDEN = "••••••"
BEFORE = "_audit_before"  # where an object carries its stored state until it is saved

Snapshot = dict[str, str]


def _audited_fields(model: type[models.Model]) -> list[Any]:
    """The fields a person edits: concrete and many-to-many, not the key or timestamps."""
    return [
        f
        for f in model._meta.get_fields()
        if (f.concrete or f.many_to_many)
        and not f.auto_created
        and getattr(f, "editable", False)
        and not getattr(f, "primary_key", False)
    ]


def _text(obj: models.Model, field: Any) -> str:
    if field.many_to_many:
        return ", ".join(sorted(str(o) for o in getattr(obj, field.name).all()))
    if field.is_relation:
        related = getattr(obj, field.name, None)
        return "" if related is None else f"{related} (#{related.pk})"
    value = getattr(obj, field.attname)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 65, not 65.0000000000 as stored
    return "" if value is None else str(value)


def snapshot(obj: models.Model | None) -> Snapshot:
    """An object's editable fields as text (empty for no object). Secrets are in it as
    they are, to tell a change; only their mask is ever recorded."""
    if obj is None or obj.pk is None:
        return {}
    return {f.name: _text(obj, f) for f in _audited_fields(type(obj))}


def stored(obj: models.Model) -> Snapshot:
    """The object as the database holds it now, before the admin saves its changes."""
    return snapshot(type(obj)._default_manager.filter(pk=obj.pk).first())


def _plan_of(obj: models.Model) -> Plan | None:
    """The plan an object belongs to, so its records appear in that plan's trail."""
    if isinstance(obj, Plan):
        return obj
    plan = getattr(obj, "plan", None)
    if isinstance(plan, Plan):
        return plan
    measure = getattr(obj, "measure", None)
    return measure.plan if isinstance(measure, Measure) else None


def record_changes(
    user: Any, action: str, obj: models.Model, before: Snapshot, after: Snapshot
) -> None:
    """One record per field whose text differs (every filled field for an addition)."""
    plan = _plan_of(obj)
    for name, new in after.items():
        old = before.get(name, "")
        if old == new:
            continue
        if name in SECRET:
            old, new = (HIDDEN if old else ""), (HIDDEN if new else "")
        record(user, action, obj, plan=plan, field=name, old=old, new=new, comment=COMMENT)


def record_deletion(user: Any, obj: models.Model) -> None:
    """Before the row goes: what it was. A plan's own deletion is kept out of the plan's
    trail, which goes with the plan."""
    plan = None if isinstance(obj, Plan) else _plan_of(obj)
    record(user, "admin_delete", obj, plan=plan, old=str(obj), comment=COMMENT)


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """A ModelAdmin whose every write is recorded in the audit trail."""

    def get_object(
        self, request: HttpRequest, object_id: str, from_field: str | None = None
    ) -> Any:
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and request.method == "POST":
            setattr(obj, BEFORE, snapshot(obj))  # fresh from the database: the old values
        return obj

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change and not hasattr(obj, BEFORE):  # the change list's editable rows
            setattr(obj, BEFORE, stored(obj))
        super().save_model(request, obj, form, change)

    def log_addition(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        record_changes(request.user, "admin_add", obj, {}, stored(obj))
        return super().log_addition(request, obj, message)

    def log_change(self, request: HttpRequest, obj: Any, message: Any) -> Any:
        before = getattr(obj, BEFORE, None)
        if before is None:  # no stored state was taken: say what changed, not how
            record(request.user, "admin_change", obj, plan=_plan_of(obj), comment=COMMENT)
        else:
            record_changes(request.user, "admin_change", obj, before, stored(obj))
        return super().log_change(request, obj, message)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            record_deletion(request.user, obj)
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        # The "delete selected" action runs outside the admin's transactions: one here.
        with transaction.atomic():
            for obj in queryset:
                record_deletion(request.user, obj)
            super().delete_queryset(request, queryset)

    def save_formset(
        self, request: HttpRequest, form: ModelForm[Any], formset: Any, change: bool
    ) -> None:
        """Inline rows: added, changed (old → new) and deleted, each recorded."""
        if not isinstance(formset, BaseModelFormSet):
            super().save_formset(request, form, formset, change)
            return
        user = request.user
        before = {
            f.instance.pk: stored(f.instance) for f in formset.initial_forms if f.has_changed()
        }
        for gone in formset.deleted_forms:
            if gone.instance.pk is not None:
                record_deletion(user, gone.instance)
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            record_changes(user, "admin_add", obj, {}, stored(obj))
        for obj, _fields in formset.changed_objects:
            record_changes(user, "admin_change", obj, before.get(obj.pk, {}), stored(obj))


class ReadOnlyAdmin(AuditedAdmin):
    """An admin that shows and never writes: for what only the workflow may change (the
    figures, the reports, the audit trail, the notifications). A POST is refused (403)."""

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
