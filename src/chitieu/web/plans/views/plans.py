"""The plans page: the plans with their links, importing plan and figures files, exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chitieu.datafile import dump_yaml
from chitieu.problems import InputError
from chitieu.targets.planfile import dump_plan
from chitieu.web import commons
from chitieu.web.dashboard.reports import default_period
from chitieu.web.figures.reading import export_path
from chitieu.web.jobs.imports import goes_to_background
from chitieu.web.jobs.start import start_evaluation, start_import, start_unit_reviews
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import can_manage_plans
from chitieu.web.plans.convert import core_plan, plan_data
from chitieu.web.plans.forms import ImportForm
from chitieu.web.plans.importing import import_files
from chitieu.web.plans.models import Plan
from chitieu.web.problems import ShownProblem, shown

View = Callable[..., HttpResponse]


def planning_only(view: View) -> View:
    """The planning office and administrators; others get 403, and nothing changes."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_manage_plans(request.user):
            raise PermissionDenied(_("Only the planning office manages plans."))
        return view(request, *args, **kwargs)

    return wrapped


def _list_page(
    request: HttpRequest, form: ImportForm, problems: list[ShownProblem] | None = None
) -> HttpResponse:
    plans = Plan.objects.annotate(
        n_targets=Count("targets", distinct=True), n_measures=Count("measures", distinct=True)
    ).order_by("-start_year", "slug")
    return render(
        request,
        "plans/list.html",
        {"plans": plans, "form": form, "problems": problems or []},
    )


@planning_only
@require_GET
def plan_list(request: HttpRequest) -> HttpResponse:
    return _list_page(request, ImportForm())


@planning_only
@require_POST
def plan_import(request: HttpRequest) -> HttpResponse:
    """Import a plan file with an optional figures file: all of it, or nothing."""
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _list_page(request, form)
    try:
        if goes_to_background(form.cleaned_data["figures_file"]):
            job = start_import(
                request.user,
                form.cleaned_data["plan_file"],
                form.cleaned_data["figures_file"],
                form.cleaned_data["replace"],
            )
            return redirect(job)
        plan, figures, replaced = import_files(
            request.user,
            form.cleaned_data["plan_file"],
            form.cleaned_data["figures_file"],
            form.cleaned_data["replace"],
        )
    except InputError as exc:
        return _list_page(request, form, shown(exc.problems))
    text = (
        _("Replaced plan %(id)s: %(targets)d targets, %(figures)d figures in the file.")
        if replaced
        else _("Imported plan %(id)s: %(targets)d targets, %(figures)d figures.")
    )
    messages.success(
        request, text % {"id": plan.slug, "targets": plan.targets.count(), "figures": figures}
    )
    return redirect("plans:list")


@require_GET
def plan_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The plan as a plan file (YAML or JSON): importing it gives the same plan."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    try:
        body = dump_plan(core_plan(plan), fmt)
    except InputError:
        # a plan broken in the admin is still exported, so it can be mended as a file
        body = dump_yaml(plan_data(plan)) if fmt == "yaml" else _json(plan_data(plan))
    kind = "application/json" if fmt == "json" else "application/yaml"
    response = HttpResponse(body, content_type=f"{kind}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{plan.slug}.{fmt}"'
    return response


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@require_GET
def figures_export(request: HttpRequest, slug: str) -> HttpResponse | FileResponse:
    """Every approved vintage of the plan's figures, in the core's CSV format."""
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    return FileResponse(
        export_path(plan, "csv").open("rb"),
        as_attachment=True,
        filename=f"{plan.slug}.figures.csv",
        content_type="text/csv; charset=utf-8",
    )


@planning_only
@require_POST
def evaluate_units(request: HttpRequest, slug: str) -> HttpResponse:
    """Re-evaluate every unit of the plan in the background; its page shows how far."""
    plan = get_object_or_404(Plan, slug=slug)
    return redirect(start_evaluation(request.user, plan))


@planning_only
@require_POST
def unit_reviews(request: HttpRequest, slug: str) -> HttpResponse:
    """Write one review document per unit of the plan in the background, for the latest
    period whose review can be written (the review page's default)."""
    plan = get_object_or_404(Plan, slug=slug)
    period = str(default_period(plan))
    return redirect(start_unit_reviews(request.user, plan, period, commons.ui_lang()))
