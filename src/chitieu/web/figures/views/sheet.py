"""A department's own spreadsheet, mapped and previewed before it is saved into its
reports (docs/web.md#a-departments-spreadsheet): upload, map (sheet, header row, long or
wide, which column holds what, each measure's label; the core's proposal, or the mapping
kept from last time), preview with every problem by cell, save all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from chitieu.exchange.mapping import ROLES, Mapping, mapping_from_data
from chitieu.exchange.rows import Preview
from chitieu.problems import InputError
from chitieu.web.figures import sheetimport
from chitieu.web.figures.checks import ENTRY_STAGES, stage_label
from chitieu.web.figures.errors import NotAllowed
from chitieu.web.figures.exchange import mapping_of
from chitieu.web.figures.forms import core_problem_text, problem_text
from chitieu.web.jobs.start import start_file_import
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import can_report_for
from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.models import Plan

SHOWN = 200  # records shown in the preview; the problems are all listed


def opened(request: HttpRequest, plan_slug: str, agency_code: str) -> tuple[Plan, Agency]:
    """The plan and the agency, for someone who reports for it (the rule of every
    import into an agency's reports); 403 otherwise."""
    plan = viewable_plan(request, plan_slug)
    if isinstance(plan, HttpResponse):
        raise PermissionDenied
    agency = get_object_or_404(Agency, code=agency_code)
    if not can_report_for(request.user, agency):
        raise PermissionDenied(_("You do not report for %(agency)s.") % {"agency": agency.name})
    return plan, agency


@login_required
def sheet_start(request: HttpRequest, plan_slug: str, agency_code: str) -> HttpResponse:
    """Choose the file; it is kept for the mapping step."""
    plan, agency = opened(request, plan_slug, agency_code)
    errors: list[str] = []
    if request.method == "POST":
        file = request.FILES.get("file")
        if file is None:
            errors = [_("choose a file")]
        else:
            try:
                token = sheetimport.store(file, request.user, plan, agency)
            except sheetimport.Refused as exc:
                errors = exc.texts
            else:
                return redirect("figures:sheet_map", plan.slug, agency.code, token)
    kept = sheetimport.stored_mapping(plan, agency)
    context = {"plan": plan, "agency": agency, "errors": errors, "kept": kept}
    return render(request, "figures/sheet_start.html", context, status=400 if errors else 200)


def _measures(plan: Plan, agency: Agency) -> list[Any]:
    """The measures the agency reports for this plan (every measure if none is assigned)."""
    ids = Assignment.objects.filter(agency=agency, measure__plan=plan).values("measure")
    measures = plan.measures.filter(pk__in=ids) if ids.exists() else plan.measures.all()
    return list(measures.order_by("target__no", "position"))


def _initial(plan: Plan, agency: Agency) -> Mapping:
    kept = sheetimport.stored_mapping(plan, agency)
    if kept is not None:
        return mapping_of(plan, sheetimport.KIND, agency)
    return Mapping(numbers="vi", unit=plan.area_code)


def _posted(request: HttpRequest, measures: list[Any]) -> tuple[dict[str, Any], list[str]]:
    """The mapping the form gives, as the core's plain data, and the form's problems."""
    post = request.POST
    data: dict[str, Any] = {"layout": post.get("layout", "long"), "numbers": post.get("numbers")}
    for key in ("sheet", "stage", "as_of", "unit", "metric", "source"):
        if text := post.get(key, "").strip():
            data[key] = text
    header = post.get("header_row", "").strip()
    problems: list[str] = []
    if header:
        if header.isdigit() and int(header) > 0:
            data["header_row"] = int(header)
        else:
            problems.append(_("the header row is a number: 1 for the first row"))
    columns = {r: t for r in ROLES if (t := post.get(f"col_{r}", "").strip())}
    if columns:
        data["columns"] = columns
    labels = {m.key: t for m in measures if (t := post.get(f"m_{m.key}", "").strip())}
    if labels:
        data["metrics"] = labels
    return data, problems


@login_required
def sheet_map(request: HttpRequest, plan_slug: str, agency_code: str, token: str) -> HttpResponse:
    """The mapping step: propose, preview, save."""
    plan, agency = opened(request, plan_slug, agency_code)
    path = sheetimport.stored_file(token, request.user, plan, agency)
    if path is None or not path.exists():
        raise Http404
    measures = _measures(plan, agency)
    context: dict[str, Any] = {"plan": plan, "agency": agency, "file": path.name}
    context["stages"] = [(s.value, stage_label(s)) for s in ENTRY_STAGES]
    context["start_url"] = reverse("figures:sheet", args=[plan.slug, agency.code])
    if request.method != "POST":
        try:
            found = sheetimport.glance(path, _initial(plan, agency))
        except sheetimport.Refused as exc:
            return _page(request, context | {"errors": exc.texts}, 400)
        return _page(request, _form(context, found, found.guess, measures))
    data, errors = _posted(request, measures)
    try:
        mapping = mapping_from_data(data, _("the mapping"))
    except InputError as exc:
        errors += [core_problem_text(p) for p in exc.problems]
        mapping = Mapping()
    try:
        found = sheetimport.glance(path, mapping)
    except sheetimport.Refused as exc:
        errors += exc.texts
        return _page(request, _form(context, None, mapping, measures) | {"errors": errors}, 400)
    if not mapping.columns and not mapping.header_row:
        mapping = found.guess  # nothing said where: the core's proposal (a new sheet chosen)
    context = _form(context, found, mapping, measures)
    if errors:
        return _page(request, context | {"errors": errors}, 400)
    return _preview_or_save(request, context, path, mapping, plan, agency)


def _preview_or_save(
    request: HttpRequest,
    context: dict[str, Any],
    path: Any,
    mapping: Mapping,
    plan: Plan,
    agency: Agency,
) -> HttpResponse:
    try:
        shown = sheetimport.preview(path, plan, mapping)
    except sheetimport.Refused as exc:
        return _page(request, context | {"errors": exc.texts}, 400)
    problems = [sheetimport.problem_text(p) for p in shown.problems]
    context |= {"records": shown_rows(shown)[:SHOWN], "n_records": len(shown.records)}
    context |= {"problems": problems, "previewed": True}
    if problems or request.POST.get("action") != "save":
        return _page(request, context, 400 if problems else 200)
    done = save_previewed(request, plan, agency, shown, mapping, sheetimport.KIND, path)
    if isinstance(done, dict):
        return _page(request, context | done, 400)
    return done


def save_previewed(
    request: HttpRequest,
    plan: Plan,
    agency: Agency,
    shown: Preview,
    mapping: Mapping,
    kind: str,
    path: Path,
) -> HttpResponse | dict[str, list[str]]:
    """Save the previewed figures all or nothing (by a job when they are many, as an
    Excel upload's); the page to go to, or the problems and warnings to show."""
    confirmed = "confirm" in request.POST
    if sheetimport.goes_to_background(shown):
        job = start_file_import(request.user, plan, agency, kind, path, mapping, confirmed)
        return redirect(job)
    try:
        periods = sheetimport.save(
            request.user, plan, agency, shown, mapping, confirmed, kind == sheetimport.KIND
        )
    except NotAllowed:
        raise PermissionDenied from None
    except sheetimport.Refusal as no:
        return {
            "problems": [problem_text(p) for p in no.problems],
            "warnings": [problem_text(p) for p in no.warnings],
        }
    if kind == sheetimport.KIND:
        text = _("The sheet was saved into the drafts of %(periods)s (%(n)d figures).")
    else:
        text = _("The file was saved into the drafts of %(periods)s (%(n)d figures).")
    messages.success(request, text % {"periods": ", ".join(periods), "n": len(shown.figures)})
    return redirect("figures:entry", plan.slug, agency.code, periods[0])


def shown_rows(shown: Preview) -> list[dict[str, str]]:
    """The records read, as the preview's table shows them (the place: a cell, a line)."""
    out = []
    for raw in shown.records:
        f = raw.fields
        at = raw.at("value")
        out.append(
            {
                "cell": str(at.get("cell") or at.get("line") or at.get("path") or ""),
                "metric": str(f.get("metric", "")),
                "unit": str(f.get("unit_code", "")),
                "period": str(f.get("period", "")),
                "stage": str(f.get("stage", "")),
                "value": str(f.get("value", "")),
            }
        )
    return out


def _form(
    context: dict[str, Any], found: Any, mapping: Mapping, measures: list[Any]
) -> dict[str, Any]:
    """What the form shows: the file's sheets and top rows, and the mapping's fields."""
    top: list[list[str]] = found.rows if found is not None else []
    header = mapping.header_row
    headings = [t for t in top[header - 1] if t] if 0 < header <= len(top) else []
    width = max((len(r) for r in top), default=0)
    return context | {
        "sheets": found.sheets if found is not None else [],
        "sheet": found.sheet if found is not None else mapping.sheet,
        "top": top,
        "letters": [sheetimport.column_letter(j) for j in range(width)],
        "headings": headings,
        "m": mapping,
        "roles": [(r, mapping.columns.get(r, "")) for r in ROLES],
        "measures": [
            (x, mapping.metrics.get(x.key, "" if mapping.metrics else x.name)) for x in measures
        ],
    }


def _page(request: HttpRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    return render(request, "figures/sheet_map.html", context, status=status)
