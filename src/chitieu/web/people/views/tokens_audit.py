"""The people pages: one's API tokens and the audit trail (the agencies are in
``views_agencies``).

Every change is recorded in the audit trail in the same transaction as the change itself.
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
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.web.people import trail
from chitieu.web.people.access import can_read_audit, visible_events
from chitieu.web.people.audit import record
from chitieu.web.people.forms import AuditFilterForm, TokenForm
from chitieu.web.people.models import ApiToken, AuditEvent
from chitieu.web.people.trailwords import action_label, kind_label
from chitieu.web.plans.models import Plan

AUDIT_PAGE_SIZE = 50


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
