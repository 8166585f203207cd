"""Pages that belong to no single app: the start page and the health check."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language

from chitieu.web.people.access import can_view_plan
from chitieu.web.plans.models import Plan


def viewable_plan(request: HttpRequest, slug: str) -> Plan | HttpResponse:
    """The plan if the visitor may see it; else a login redirect (anonymous) or 403."""
    plan = get_object_or_404(Plan, slug=slug)
    if can_view_plan(request.user, plan):
        return plan
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def home(request: HttpRequest) -> HttpResponse:
    """The plans the visitor may see; anonymous visitors see only public ones."""
    plans = [p for p in Plan.objects.all() if can_view_plan(request.user, p)]
    return render(request, "home.html", {"plans": plans})


def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint: load balancers, and the baseline of the dashboard benchmark."""
    return HttpResponse("ok", content_type="text/plain")


def language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language (a cookie) and go back to the page.

    A GET is enough: the choice changes no data, so it needs no CSRF token, which keeps
    the pages of anonymous visitors identical and cacheable.
    """
    code = request.GET.get("language", "")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if check_for_language(code) and code in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=365 * 24 * 3600,
            samesite="Lax",
        )
    return response
