"""Failed logins (django-axes): the client's address, and the page where the planning
office sees who is locked out and unlocks them.

django-axes counts the failures per user name and address; after ``AXES_FAILURE_LIMIT``
of them the pair is refused until the cool-off ends or someone unlocks it here. Every
unlock is in the audit trail.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.web.people.access import can_manage_plans
from chitieu.web.people.audit import record


def client_ip(request: HttpRequest) -> str | None:
    """The address a login comes from. Behind a trusted proxy (CHITIEU_TRUSTED_PROXIES)
    it is the last address the proxy added to X-Forwarded-For; a header sent by anyone
    else is ignored, so a client cannot pick the address it is counted under."""
    peer: str | None = request.META.get("REMOTE_ADDR") or None
    forwarded: str = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if peer in settings.TRUSTED_PROXIES and forwarded:
        last = forwarded.split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            return peer
    return peer


@dataclass(frozen=True)
class FailedLogins:
    """The failed logins of one user name from one address, within the cool-off."""

    username: str
    ip_address: str
    failures: int
    last: datetime
    locked_until: datetime | None  # None: not (or no longer) locked out


def _cool_off() -> timedelta:
    return get_cool_off() or timedelta(0)


def failed_logins() -> list[FailedLogins]:
    """Every pair with failures still counted, locked-out pairs first, newest first."""
    cool_off = _cool_off()
    since = timezone.now() - cool_off
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
    )
    out = [
        FailedLogins(
            username=row["username"] or "",
            ip_address=row["ip_address"] or "",
            failures=row["failures"],
            last=row["last"],
            locked_until=row["last"] + cool_off
            if row["failures"] >= settings.AXES_FAILURE_LIMIT
            else None,
        )
        for row in rows
    ]
    return sorted(out, key=lambda f: (f.locked_until is None, -f.last.timestamp()))


def _unlock(request: HttpRequest) -> None:
    username = request.POST.get("username", "")
    address = request.POST.get("ip_address", "")
    attempts = AccessAttempt.objects.filter(username=username, ip_address=address or None)
    with transaction.atomic():
        first = attempts.select_for_update().first()
        if first is None:
            raise Http404
        failures = attempts.aggregate(n=Sum("failures_since_start"))["n"]
        record(
            request.user,
            "unlock",
            first,
            field="username",
            old=f"{username} @ {address} ({failures})",
        )
        attempts.delete()
    messages.success(
        request,
        _("“%(username)s” may log in again from %(address)s.")
        % {"username": username, "address": address},
    )


def lockout_page(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict[str, Any] | None
) -> HttpResponse:
    """What a locked-out login gets (AXES_LOCKOUT_CALLABLE): the site's page, 429."""
    context = {
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cool_off_minutes": int(_cool_off().total_seconds() // 60),
    }
    return render(request, "registration/locked_out.html", context, status=429)


@login_required
def lockouts(request: HttpRequest) -> HttpResponse:
    """Failed logins and lockouts; the planning office and administrators unlock."""
    if not can_manage_plans(request.user):
        raise PermissionDenied(_("Only the planning office sees and lifts login lockouts."))
    if request.method == "POST":
        _unlock(request)
        return redirect("people:lockouts")
    return render(
        request,
        "people/lockouts.html",
        {
            "rows": failed_logins(),
            "limit": settings.AXES_FAILURE_LIMIT,
            "cool_off_minutes": int(_cool_off().total_seconds() // 60),
        },
    )
