"""Pages that belong to no single app: the start page and the health check."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chitieu.web.people.access import can_view_plan
from chitieu.web.plans.models import Plan


def home(request: HttpRequest) -> HttpResponse:
    """The plans the visitor may see; anonymous visitors see only public ones."""
    plans = [p for p in Plan.objects.all() if can_view_plan(request.user, p)]
    return render(request, "home.html", {"plans": plans})


def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint: load balancers, and the baseline of the dashboard benchmark."""
    return HttpResponse("ok", content_type="text/plain")
