"""A plan's figures for other systems (DHIS2, SDMX, Open SDG): the page offering them,
the downloads, and the planning office's mapping of the plan's codes to theirs
(docs/exchange.md#the-web-app)."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chitieu.exchange.mapping import Mapping
from chitieu.problems import InputError
from chitieu.web.figures.exchange import FORMATS, download, keep, read_mapping_upload, stored
from chitieu.web.figures.forms import core_problem_text
from chitieu.web.figures.models import ExchangeMapping
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import can_manage_plans
from chitieu.web.plans.models import Plan
from chitieu.web.plans.views.plans import planning_only

KINDS = (ExchangeMapping.Kind.DHIS2, ExchangeMapping.Kind.OPENSDG)


def _page(
    request: HttpRequest, plan: Plan, problems: list[str] | None = None, refused: str = ""
) -> HttpResponse:
    context = {
        "plan": plan,
        "formats": list(FORMATS),
        "manage": can_manage_plans(request.user),
        "kinds": [(k.value, k.label, stored(plan, k.value)) for k in KINDS],
        "problems": problems or [],
        "refused": refused,
    }
    return render(request, "plans/exchange.html", context, status=400 if problems else 200)


@require_GET
def exchange_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The downloads in other systems' formats, and the mappings kept for them."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    return _page(request, plan)


@require_GET
def exchange_download(request: HttpRequest, slug: str, name: str) -> HttpResponse | FileResponse:
    """One format's file; a page naming every figure it cannot hold, if any."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    if name not in FORMATS:
        return _page(request, plan, [_("there is no such format")], name)
    try:
        path = download(plan, name)
    except InputError as exc:
        return _page(request, plan, [core_problem_text(p) for p in exc.problems], name)
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{plan.slug}.{name}",
        content_type=f"{FORMATS[name][0]}; charset=utf-8",
    )


@planning_only
@require_POST
def exchange_mapping(request: HttpRequest, slug: str) -> HttpResponse:
    """Keep a mapping file (YAML or JSON) for DHIS2 or Open SDG, or go back to
    chitieu's own codes (no file); checked first, kept only if it is right."""
    plan = get_object_or_404(Plan, slug=slug)
    kind = request.POST.get("kind", "")
    if kind not in [k.value for k in KINDS]:
        return _page(request, plan, [_("choose DHIS2 or Open SDG")])
    file = request.FILES.get("file")
    if file is None:
        keep(request.user, plan, kind, Mapping())
        messages.success(request, _("The mapping was removed: chitieu's own codes are sent."))
        return redirect("plans:exchange", slug=plan.slug)
    try:
        mapping = read_mapping_upload(file)
    except InputError as exc:
        return _page(request, plan, [core_problem_text(p) for p in exc.problems])
    except ValueError as exc:
        return _page(request, plan, [str(exc)])
    keep(request.user, plan, kind, mapping)
    messages.success(request, _("The mapping was checked and kept."))
    return redirect("plans:exchange", slug=plan.slug)
