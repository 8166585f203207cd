"""The people pages: one's API tokens, the agencies and what each reports, the audit trail.

Every change is recorded in the audit trail in the same transaction as the change itself.
Anyone logged in may look at the agencies; only the planning office and administrators
change them (403 for others, and nothing changes).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.web.people import trail
from chitieu.web.people.access import can_manage_plans, can_read_audit, visible_events
from chitieu.web.people.audit import record
from chitieu.web.people.forms import (
    AgencyEditForm,
    AgencyForm,
    AssignmentForm,
    AuditFilterForm,
    TokenForm,
)
from chitieu.web.people.models import Agency, ApiToken, Assignment, AuditEvent
from chitieu.web.people.trailwords import action_label, kind_label
from chitieu.web.plans.models import Plan

AUDIT_PAGE_SIZE = 50


def _require_manager(request: HttpRequest) -> None:
    if not can_manage_plans(request.user):
        raise PermissionDenied(_("Only the planning office changes agencies and assignments."))


def _me(request: HttpRequest) -> User:
    """The logged-in user (the views below are all behind login_required)."""
    return cast(User, request.user)


# ---------------------------------------------------------------- API tokens


NEW_KEY = "people:new-token-key"  # where a new key waits, in the session, to be shown once


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """List one's tokens; create one. After a creation the browser is redirected here and
    the key is shown once, from the session: reloading the page creates nothing more and
    shows the key no more, and the key is never in an address."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            data = form.cleaned_data
            token, key = ApiToken.issue(
                _me(request), data["name"], days=data["days"], scope=data["scope"]
            )
            record(
                request.user,
                "create",
                token,
                field="name",
                new=token.name,
                comment=f"{token.scope}, expires {token.expires_at:%Y-%m-%d}",
            )
        request.session[NEW_KEY] = key
        return redirect("people:tokens")
    return render(
        request,
        "people/tokens.html",
        {
            "form": form,
            "new_key": request.session.pop(NEW_KEY, ""),
            "tokens": ApiToken.objects.filter(user=_me(request)).order_by("-created_at"),
        },
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete one of one's own tokens: requests with its key are refused from now on."""
    token = get_object_or_404(ApiToken, pk=pk, user=_me(request))
    with transaction.atomic():
        record(request.user, "revoke", token, field="name", old=token.name)
        token.delete()
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("people:tokens")


# ---------------------------------------------------------------- agencies


@login_required
def agencies(request: HttpRequest) -> HttpResponse:
    """Every agency with how many measures it reports; the planning office adds agencies."""
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
    return render(
        request,
        "people/agencies.html",
        {"agencies": rows, "form": form, "can_change": can_manage_plans(request.user)},
        status=422 if form.errors else 200,
    )


def _assignments(agency: Agency) -> QuerySet[Assignment]:
    return agency.assignments.select_related("measure__plan", "measure__target").order_by(
        "measure__plan__slug", "measure__target__no", "measure__position", "unit_code"
    )


@login_required
def agency(request: HttpRequest, code: str) -> HttpResponse:
    """An agency, the people in it and what it reports; the planning office edits it."""
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
    return _agency_page(request, agency, form, AssignmentForm(agency, prefix="assign"))


def _agency_page(
    request: HttpRequest, agency: Agency, form: AgencyEditForm, assign: AssignmentForm
) -> HttpResponse:
    return render(
        request,
        "people/agency.html",
        {
            "agency": agency,
            "form": form,
            "assign_form": assign,
            "assignments": _assignments(agency),
            "people": agency.people.select_related("user").order_by("user__username"),
            "can_change": can_manage_plans(request.user),
        },
        status=422 if form.errors or assign.errors else 200,
    )


@login_required
@require_POST
def assignment_add(request: HttpRequest, code: str) -> HttpResponse:
    """The agency reports one more measure (for a unit)."""
    _require_manager(request)
    agency = get_object_or_404(Agency, code=code)
    form = AssignmentForm(agency, request.POST, prefix="assign")
    if not form.is_valid():
        edit = AgencyEditForm(instance=agency, prefix="agency")
        return _agency_page(request, agency, edit, form)
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


# ---------------------------------------------------------------- audit trail


def _filtered_events(events: QuerySet[AuditEvent], form: AuditFilterForm) -> QuerySet[AuditEvent]:
    if not form.is_valid():
        return events.none()
    data: dict[str, Any] = form.cleaned_data
    if data["plan"]:
        events = events.filter(plan__slug=data["plan"])
    if data["user"]:
        events = events.filter(user__username=data["user"])
    if data["action"]:
        events = events.filter(action=data["action"])
    if data["object_type"]:
        events = events.filter(object_type=data["object_type"])
    zone = timezone.get_current_timezone()
    if data["since"]:
        events = events.filter(at__gte=datetime.combine(data["since"], time.min, zone))
    if data["until"]:
        events = events.filter(at__lte=datetime.combine(data["until"], time.max, zone))
    return events


@login_required
def audit(request: HttpRequest) -> HttpResponse:
    """Who changed what and when, newest first, filterable by plan, person and action."""
    if not can_read_audit(request.user):
        raise PermissionDenied(_("The audit trail is for the planning office and approvers."))
    form = AuditFilterForm(request.GET or None)
    # An approver for one agency reads the trail of the others' approved work only.
    events = visible_events(request.user).select_related("user", "plan")
    if request.GET:
        events = _filtered_events(events, form)
    page = Paginator(events, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    recorded = AuditEvent.objects.order_by()
    return render(
        request,
        "people/audit.html",
        {
            "form": form,
            "page": page,
            "events": trail.shown(list(page.object_list)),
            "query": query.urlencode(),
            "plans": Plan.objects.order_by("slug"),
            "actions": trail.choices(
                recorded.values_list("action", flat=True).distinct(), action_label
            ),
            "kinds": trail.choices(
                recorded.values_list("object_type", flat=True).distinct(), kind_label
            ),
        },
    )
