"""Another system's file into an agency's reports (docs/exchange.md#the-web-app): a DHIS2
data value set (JSON or CSV) or an SDMX-CSV file, read with a mapping (a mapping file
sent with it, else the plan's DHIS2 mapping kept by the planning office, else chitieu's
own codes), previewed with every problem named by its line or path, saved all or nothing
through the path of a department's sheet (:mod:`chitieu.web.figures.sheetimport`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.exchange.mapping import Mapping
from chitieu.figures.reading import parse_date
from chitieu.problems import InputError
from chitieu.web.figures import sheetimport
from chitieu.web.figures.exchange import mapping_of, read_mapping_upload, stored
from chitieu.web.figures.forms import core_problem_text
from chitieu.web.figures.views.sheet import SHOWN, opened, save_previewed, shown_rows
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.start import again_confirmed
from chitieu.web.people.access import can_report_for
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan

FORMATS = ("dhis2", "sdmx-csv")


def _formats() -> list[tuple[str, str]]:
    return [
        ("dhis2", _("DHIS2 data value set (JSON or CSV)")),
        ("sdmx-csv", _("SDMX-CSV")),
    ]


def _mapping(request: HttpRequest, plan: Plan, kind: str) -> Mapping:
    """The mapping sent with the file, else the plan's kept one (DHIS2), else chitieu's
    own codes; with the report date the form gives for figures the file gives none."""
    file = request.FILES.get("mapping")
    if file is not None:
        mapping = read_mapping_upload(file)
    else:
        mapping = mapping_of(plan, "dhis2" if kind == "dhis2" else "")
    day = request.POST.get("as_of", "").strip()
    if day and mapping.as_of is None:
        try:
            mapping = replace(mapping, as_of=parse_date(day))
        except ValueError:
            raise ValueError(_("the report date is a date such as 25/9/2024")) from None
    return mapping


@login_required
def exchange_upload(request: HttpRequest, plan_slug: str, agency_code: str) -> HttpResponse:
    """Choose the file, its format and its mapping; it is kept for the preview."""
    plan, agency = opened(request, plan_slug, agency_code)
    errors: list[str] = []
    kind = request.POST.get("format", "dhis2")
    if request.method == "POST":
        file = request.FILES.get("file")
        try:
            if kind not in FORMATS:
                raise ValueError(_("choose DHIS2 or SDMX-CSV"))
            if file is None:
                raise ValueError(_("choose a file"))
            mapping = _mapping(request, plan, kind)
            token = sheetimport.store(file, request.user, plan, agency, kind, mapping)
        except InputError as exc:
            errors = [core_problem_text(p) for p in exc.problems]
        except ValueError as exc:
            errors = [str(exc)]
        except sheetimport.Refused as exc:
            errors = exc.texts
        else:
            return redirect("figures:exchange_preview", plan.slug, agency.code, kind, token)
    context = {
        "plan": plan,
        "agency": agency,
        "errors": errors,
        "formats": _formats(),
        "chosen": kind,
        "kept": stored(plan, "dhis2"),
    }
    return render(request, "figures/exchange_upload.html", context, status=400 if errors else 200)


@login_required
def exchange_preview(
    request: HttpRequest, plan_slug: str, agency_code: str, kind: str, token: str
) -> HttpResponse:
    """Every figure the file holds and every problem, by line or path; save."""
    plan, agency = opened(request, plan_slug, agency_code)
    path = sheetimport.stored_file(token, request.user, plan, agency, kind)
    if kind not in FORMATS or path is None or not path.exists():
        raise Http404
    mapping = sheetimport.mapping_kept_with(path)
    context: dict[str, Any] = {"plan": plan, "agency": agency, "file": path.name}
    try:
        shown = sheetimport.preview(path, plan, mapping, kind)
    except sheetimport.Refused as exc:
        return _page(request, context | {"problems": exc.texts}, 400)
    problems = [sheetimport.problem_text(p) for p in shown.problems]
    context |= {"records": shown_rows(shown)[:SHOWN], "n_records": len(shown.records)}
    context |= {"problems": problems}
    if problems or request.method != "POST":
        return _page(request, context, 400 if problems else 200)
    done = save_previewed(request, plan, agency, shown, mapping, kind, path)
    if isinstance(done, dict):
        return _page(request, context | done, 400)
    return done


def _page(request: HttpRequest, context: dict[str, Any], status: int = 200) -> HttpResponse:
    return render(request, "figures/exchange_preview.html", context, status=status)


@login_required
@require_POST
def file_job_confirm(request: HttpRequest, pk: str) -> HttpResponse:
    """Start a file import again, its warnings confirmed (the file need not be sent again)."""
    job = get_object_or_404(Job, pk=pk, owner=request.user, kind=Job.Kind.FILE_IMPORT)
    agency = get_object_or_404(Agency, pk=job.options["agency"])
    if not can_report_for(request.user, agency) or "confirm" not in request.POST:
        raise PermissionDenied
    if job.state != Job.State.FAILED or not job.options.get("warnings"):
        raise Http404
    again = again_confirmed(job)
    if again is None:
        messages.error(request, _("The file is no longer kept: send it again."))
        return redirect(job)
    return redirect(again)
