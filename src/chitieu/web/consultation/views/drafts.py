"""Drafts and rounds: the list, a draft uploaded (and its next versions) with its parts
and their references, a round opened on a version. The drafting team's pages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chitieu.problems import InputError
from chitieu.web.consultation import respondents, services
from chitieu.web.consultation.forms import DraftForm, RoundForm, VersionForm
from chitieu.web.consultation.models import Draft
from chitieu.web.consultation.views.common import part_rows, placed
from chitieu.web.people.access import can_manage_consultations, visible_rounds


def _team(request: HttpRequest) -> None:
    if not can_manage_consultations(request.user):
        raise PermissionDenied


@login_required
@require_GET
def round_list(request: HttpRequest) -> HttpResponse:
    """The rounds the user sees; to the drafting team, the drafts as well."""
    manage = can_manage_consultations(request.user)
    context = {
        "rounds": visible_rounds(request.user),
        "drafts": Draft.objects.all() if manage else [],
        "can_manage": manage,
        "today": timezone.localdate(),
    }
    return render(request, "consultation/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def draft_new(request: HttpRequest) -> HttpResponse:
    _team(request)
    form = DraftForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            draft = services.new_draft(
                request.user, form.cleaned_data["title"], form.cleaned_data["file"]
            )
        except InputError as exc:
            problems = [placed(p) for p in exc.problems]
        else:
            return redirect(draft)
    context = {"form": form, "problems": problems}
    return render(request, "consultation/draft_new.html", context, status=400 if problems else 200)


@login_required
@require_GET
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A draft's versions, one version's parts with their references (the last one by
    default), and its rounds."""
    _team(request)
    draft = get_object_or_404(Draft, pk=pk)
    versions = list(draft.versions.order_by("number"))
    asked = request.GET.get("v", "")
    version = next(
        (v for v in versions if str(v.number) == asked), versions[-1] if versions else None
    )
    context = {
        "draft": draft,
        "versions": versions,
        "version": version,
        "parts": part_rows(version.to_core()) if version else [],
        "targets": version.targets if version else [],
        "rounds": [r for v in versions for r in v.rounds.all()],
        "version_form": VersionForm(),
    }
    return render(request, "consultation/draft.html", context)


@login_required
@require_POST
def version_new(request: HttpRequest, pk: int) -> HttpResponse:
    _team(request)
    draft = get_object_or_404(Draft, pk=pk)
    form = VersionForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _choose_file())
        return redirect(draft)
    try:
        version = services.add_version(request.user, draft, form.cleaned_data["file"])
    except InputError as exc:
        for problem in exc.problems:
            messages.error(request, placed(problem))
        return redirect(draft)
    return redirect(f"{draft.get_absolute_url()}?v={version.number}")


def _choose_file() -> str:
    return _("Choose a file.")


@login_required
@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest, pk: int) -> HttpResponse:
    """A round on a version: the units asked (by kind or one by one), the deadline."""
    _team(request)
    draft = get_object_or_404(Draft, pk=pk)
    form = RoundForm(request.POST or None, draft=draft)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        today = timezone.localdate()
        agencies = services.asked(data["kinds"], data["agencies"], today)
        units = respondents.units_in_force(data["levels"], data["unit_codes"], today)
        if agencies or units:
            fields = {k: data[k] for k in ("title", "deadline", "issuer")}
            made = services.open_round(request.user, data["version"], fields, agencies, units)
            return redirect(made)
        form.add_error(None, _("No unit of the kinds chosen is in force today."))
    return render(request, "consultation/round_new.html", {"form": form, "draft": draft})
