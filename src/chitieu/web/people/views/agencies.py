"""The agencies: what each reports, who works there, and how it changed over time.

Anyone logged in may look at the agencies; only the planning office and administrators
change them (403 for others, and nothing changes). Every change is recorded in the audit
trail in the same transaction as the change itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.web.people.access import can_manage_plans
from chitieu.web.people.audit import record
from chitieu.web.people.forms import AgencyChangeForm, AgencyEditForm, AgencyForm, AssignmentForm
from chitieu.web.people.lineage import record_change, remove_change, timeline
from chitieu.web.people.models import Agency, AgencyChange, Assignment


def _require_manager(request: HttpRequest) -> None:
    if not can_manage_plans(request.user):
        raise PermissionDenied(_("Only the planning office changes agencies and assignments."))


def _links() -> QuerySet[AgencyChange]:
    """The lineage records between two agencies (not an agency continuing)."""
    return (
        AgencyChange.objects.exclude(successor=F("predecessor"))
        .select_related("predecessor", "successor")
        .order_by("effective", "pk")
    )


@login_required
def agencies(request: HttpRequest) -> HttpResponse:
    """Every agency with how many measures it reports and when it is in force; the
    planning office adds agencies."""
    form = AgencyForm(request.POST or None)
    if request.method == "POST":
        _require_manager(request)
        if form.is_valid():
            with transaction.atomic():
                agency = form.save()
                record(request.user, "create", agency, field="code", new=agency.code)
            messages.success(request, _("Agency “%(name)s” added.") % {"name": agency.name})
            return redirect("people:agency", code=agency.code)
    rows = Agency.objects.annotate(measures=Count("assignments")).order_by("name")
    became: dict[int, list[AgencyChange]] = {}
    for c in _links():
        became.setdefault(c.predecessor_id, []).append(c)
    return render(
        request,
        "people/agencies.html",
        {
            "agencies": [(a, became.get(a.pk, [])) for a in rows],
            "today": timezone.localdate(),
            "form": form,
            "can_change": can_manage_plans(request.user),
        },
        status=422 if form.errors else 200,
    )


def _assignments(agencies: list[Agency]) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(agency__in=agencies)
        .select_related("agency", "measure__plan", "measure__target")
        .order_by("measure__plan__slug", "measure__target__no", "measure__position", "unit_code")
    )


@dataclass
class TakenOver:
    """A measure of an agency merged into (or renamed as) this one, reported from ``since``."""

    assignment: Assignment
    since: date


def _taken_over(agency: Agency) -> list[TakenOver]:
    since = timeline().taken_over(agency.code)
    if not since:
        return []
    sources = list(Agency.objects.filter(code__in=since))
    return [TakenOver(a, since[a.agency.code]) for a in _assignments(sources)]


@login_required
def agency(request: HttpRequest, code: str) -> HttpResponse:
    """An agency, the people in it, what it reports and how it changed; the planning
    office edits it."""
    agency = get_object_or_404(Agency, code=code)
    form = AgencyEditForm(request.POST or None, instance=agency, prefix="agency")
    old = {f: getattr(agency, f) for f in AgencyEditForm.Meta.fields}
    if request.method == "POST":
        _require_manager(request)
        if form.is_valid():
            with transaction.atomic():
                form.save()
                for field, before in old.items():
                    after = getattr(agency, field)
                    if after != before:
                        record(request.user, "change", agency, field=field, old=before, new=after)
            messages.success(request, _("Saved."))
            return redirect("people:agency", code=agency.code)
    return _agency_page(request, agency, form=form)


def _agency_page(
    request: HttpRequest,
    agency: Agency,
    *,
    form: AgencyEditForm | None = None,
    assign: AssignmentForm | None = None,
    change: AgencyChangeForm | None = None,
) -> HttpResponse:
    form = form or AgencyEditForm(instance=agency, prefix="agency")
    assign = assign or AssignmentForm(agency, prefix="assign")
    change = change or AgencyChangeForm(agency, prefix="change")
    links = _links()
    return render(
        request,
        "people/agency.html",
        {
            "agency": agency,
            "in_force": agency.is_valid_on(timezone.localdate()),
            "form": form,
            "assign_form": assign,
            "change_form": change,
            "assignments": _assignments([agency]),
            "taken_over": _taken_over(agency),
            "origins": links.filter(successor=agency),
            "successions": links.filter(predecessor=agency),
            "people": agency.people.select_related("user").order_by("user__username"),
            "can_change": can_manage_plans(request.user),
        },
        status=422 if form.errors or assign.errors or change.errors else 200,
    )


@login_required
@require_POST
def assignment_add(request: HttpRequest, code: str) -> HttpResponse:
    """The agency reports one more measure (for a unit)."""
    _require_manager(request)
    agency = get_object_or_404(Agency, code=code)
    form = AssignmentForm(agency, request.POST, prefix="assign")
    if not form.is_valid():
        return _agency_page(request, agency, assign=form)
    measure = form.cleaned_data["measure"]
    with transaction.atomic():
        assignment = Assignment.objects.create(
            measure=measure, agency=agency, unit_code=form.cleaned_data["unit_code"]
        )
        record(
            request.user,
            "assign",
            assignment,
            plan=measure.plan,
            field="measure",
            new=f"{agency.code}: {measure.key} @ {assignment.unit_code}",
        )
    messages.success(
        request,
        _("%(agency)s now reports “%(measure)s”.")
        % {"agency": agency.name, "measure": measure.name},
    )
    return redirect("people:agency", code=agency.code)


@login_required
@require_POST
def assignment_remove(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The agency no longer reports a measure (figures already entered stay)."""
    _require_manager(request)
    assignment = get_object_or_404(
        Assignment.objects.select_related("measure__plan", "agency"), pk=pk, agency__code=code
    )
    measure = assignment.measure
    with transaction.atomic():
        record(
            request.user,
            "unassign",
            assignment,
            plan=measure.plan,
            field="measure",
            old=f"{assignment.agency.code}: {measure.key} @ {assignment.unit_code}",
        )
        assignment.delete()
    messages.success(
        request,
        _("%(agency)s no longer reports “%(measure)s”.")
        % {"agency": assignment.agency.name, "measure": measure.name},
    )
    return redirect("people:agency", code=code)


@login_required
@require_POST
def change_add(request: HttpRequest, code: str) -> HttpResponse:
    """Record what the agency became on a date (merged into, split into, renamed as);
    checked by the core with everything it implies, saved together or not at all."""
    _require_manager(request)
    agency = get_object_or_404(Agency, code=code)
    form = AgencyChangeForm(agency, request.POST, prefix="change")
    if not form.is_valid():
        return _agency_page(request, agency, change=form)
    data = form.cleaned_data
    try:
        done = record_change(
            request.user, agency, data["successor"], data["kind"], data["effective"], data["act"]
        )
    except ValidationError as e:
        for field, errors in e.message_dict.items():
            form.add_error(None if field == "__all__" else field, errors)
        agency.refresh_from_db()
        return _agency_page(request, agency, change=form)
    messages.success(request, _("The change was recorded."))
    if done.moved:
        names = ", ".join(p.user.get_full_name() or p.user.username for p in done.moved)
        messages.info(
            request,
            _("These people now work for %(agency)s: %(names)s.")
            % {"agency": data["successor"].name, "names": names},
        )
    return redirect("people:agency", code=agency.code)


@login_required
@require_POST
def change_remove(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """Delete a lineage record entered by mistake (the agencies' dates and people stay)."""
    _require_manager(request)
    change = get_object_or_404(AgencyChange, pk=pk, predecessor__code=code)
    with transaction.atomic():
        remove_change(request.user, change)
        # the successor's link to itself for the same day is about this change too
        for same in AgencyChange.objects.filter(
            predecessor=change.successor, successor=change.successor, effective=change.effective
        ):
            if not _links().filter(successor=same.successor, effective=same.effective).exists():
                remove_change(request.user, same)
    messages.success(
        request, _("The change was removed; the agencies' dates and people stay as they are.")
    )
    return redirect("people:agency", code=code)
