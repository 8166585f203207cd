from typing import Any

from django.contrib import admin, messages
from django.http import HttpRequest
from django.utils.translation import gettext as _

from chitieu.web.people.admin_audit import AuditedAdmin
from chitieu.web.units.models import AdminUnit, UnitChange


def _codes(obj: Any) -> set[str]:
    if isinstance(obj, UnitChange):
        return {obj.predecessor.code, obj.successor.code}
    return {obj.code}


class ReevaluatingAdmin(AuditedAdmin):
    """A units admin whose every write queues, once committed, the re-evaluation of the
    plans that report on the units it touched (chitieu.web.jobs.start.after_units_change,
    as every change to the registry), owned by the administrator, who is told which plans."""

    def _after_commit(self, request: HttpRequest, codes: set[str]) -> None:
        from chitieu.web.jobs.start import after_units_change

        plans = after_units_change(request.user, codes)
        if plans:
            messages.info(
                request,
                _(
                    "The plans that report on these units are re-evaluated in the "
                    "background: %(plans)s"
                )
                % {"plans": ", ".join(p.slug for p in plans)},
            )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # A unit given another code: the plans reporting on the old one are touched too.
        old = AdminUnit.objects.filter(pk=obj.pk) if change and isinstance(obj, AdminUnit) else None
        codes = set(old.values_list("code", flat=True)) if old is not None else set()
        super().save_model(request, obj, form, change)
        self._after_commit(request, codes | _codes(obj))

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self._after_commit(request, _codes(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        self._after_commit(request, set().union(*(_codes(o) for o in queryset)))
        super().delete_queryset(request, queryset)


@admin.register(AdminUnit)
class AdminUnitAdmin(ReevaluatingAdmin):
    list_display = ["code", "name", "level", "division_type", "parent", "valid_from", "valid_to"]
    list_filter = ["level", "division_type"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent"]


@admin.register(UnitChange)
class UnitChangeAdmin(ReevaluatingAdmin):
    list_display = ["predecessor", "successor", "kind", "effective", "act"]
    list_filter = ["kind"]
    raw_id_fields = ["predecessor", "successor"]
