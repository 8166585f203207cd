"""The count of one election: each counter's ballot entry (the keyboard form, a tally
file), the result once both entries agree, locking the minutes and correcting them, the
next round, and the minutes as files. Who may do what is asked of web/people/access.py."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chitieu import elections as core
from chitieu.problems import CodedError, InputError
from chitieu.vnnumbers import format_vi
from chitieu.web.elections import services
from chitieu.web.elections.forms import BallotForm, CorrectionForm, ImportForm
from chitieu.web.elections.models import Election
from chitieu.web.people.access import can_count, can_see_result, counter_of
from chitieu.web.plans.importing import display_name
from chitieu.web.problems import said, shown

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def seen(request: HttpRequest, pk: int) -> Election:
    """The election, for those who may see it; for anyone else it does not exist."""
    election = get_object_or_404(Election.objects.select_related("agency", "previous"), pk=pk)
    if not can_see_result(request.user, election):
        raise Http404
    return election


def _counted(request: HttpRequest, pk: int) -> Election:
    election = seen(request, pk)
    if not can_count(request.user, election):
        raise Http404
    return election


def percent(value: Decimal) -> str:
    """54,55%: the share of the base as the minutes write it."""
    return f"{format_vi(value, 2)}%"


def _rows(result: core.Result) -> list[dict[str, Any]]:
    return [{"c": c, "percent": percent(c.percent)} for c in result.candidates]


def _elected(result: core.Result) -> list[dict[str, Any]]:
    return [
        {"c": result.of(no), "percent": percent(result.of(no).percent)} for no in result.elected
    ]


def _ties(result: core.Result) -> list[str]:
    return [", ".join(result.of(no).candidate.name for no in group) for group in result.ties]


def downloads(election: Election, number: int | None = None) -> list[tuple[str, str]]:
    """The minutes and the announcement list, .docx and PDF: of the current count, or of
    locked version ``number``."""
    files = (
        ("minutes", "docx", _("minutes (.docx)")),
        ("minutes", "pdf", _("minutes (PDF)")),
        ("announcement", "docx", _("announcement list (.docx)")),
        ("announcement", "pdf", _("announcement list (PDF)")),
    )
    if number is None:
        return [(reverse("elections:minutes", args=[election.pk, w, f]), t) for w, f, t in files]
    name = "elections:version_minutes"
    return [(reverse(name, args=[election.pk, number, w, f]), t) for w, f, t in files]


def result_context(result: core.Result) -> dict[str, Any]:
    """What the result's part of a page (elections/_result.html) shows of ``result``."""
    return {"rows": _rows(result), "elected": _elected(result), "ties": _ties(result)}


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The result page: to the committee, where the count stands (each entry, every
    difference by ballot number, the result once they agree); to others, the published
    result."""
    election = seen(request, pk)
    committee = can_count(request.user, election)
    state = services.standing(election)
    result = state.result if (committee or election.published) else None
    context: dict[str, Any] = {
        "election": election,
        "committee": committee,
        "counter": counter_of(request.user, election),
        "state": state,
        "election_problems": [said(m) for _f, m in election.to_core().problems()],
        "differences": shown(state.differences) if committee else [],
        "refused": shown(state.refused) if committee else [],
        "result": result,
        "rounds": _rounds(election),
        "versions": election.versions.all(),
        "members": election.members.all(),
    }
    if result is not None:
        context.update(result_context(result))
        context["downloads"] = downloads(election)
        context["can_next"] = committee and result.seats_unfilled > 0 and election.locked
        context["not_elected"] = [c for c in result.candidates if not c.elected]
    return render(request, "elections/detail.html", context)


def _rounds(election: Election) -> list[Election]:
    """Every round of this vote, the first first."""
    first = election
    while first.previous is not None:
        first = first.previous
    out, todo = [], [first]
    while todo:
        current = todo.pop(0)
        out.append(current)
        todo += list(current.next_rounds.order_by("pk"))
    return out


def _own_counter(request: HttpRequest, election: Election) -> int:
    """The counter whose entry the user works on: their own; nothing once locked."""
    counter = counter_of(request.user, election)
    if counter is None:
        raise Http404 if not can_count(request.user, election) else PermissionDenied
    if election.locked:
        raise PermissionDenied
    return counter


@login_required
@require_http_methods(["GET", "POST"])
def entry(request: HttpRequest, pk: int) -> HttpResponse:
    """One counter's ballots from the keyboard: the number, the candidate numbers, Enter;
    the form comes back empty for the next ballot."""
    election = _counted(request, pk)
    counter = _own_counter(request, election)
    surplus = election.list_kind == core.ListKind.SURPLUS.value
    problems: list[str] = []
    if request.method == "POST" and request.POST.get("remove"):
        number = request.POST["remove"]
        if number.isdigit():
            services.remove_ballot(request.user, election, counter, int(number))
        return redirect("elections:entry", pk=pk)
    form = BallotForm(request.POST or None, surplus=surplus)
    if request.method == "POST" and form.is_valid():
        replace = request.POST.get("replace") == "1"
        problems = services.save_ballot(request.user, election, counter, form.row(), replace)
        if not problems:
            messages.success(
                request, _("Ballot %(no)s saved.") % {"no": form.cleaned_data["ballot"]}
            )
            return redirect("elections:entry", pk=pk)
    correcting = request.GET.get("correct", "")
    if request.method == "GET" and correcting.isdigit():
        found = election.ballots.filter(counter=counter, number=int(correcting)).first()
        if found is not None:
            form = BallotForm(initial=found.row(), surplus=surplus)
    context = {
        "election": election,
        "counter": counter,
        "form": form,
        "problems": problems,
        "replace": correcting.isdigit() or request.POST.get("replace") == "1",
        "ballots": election.ballots.filter(counter=counter),
        "surplus": surplus,
        "import_form": ImportForm(),
        "candidates": election.candidates,
    }
    return render(request, "elections/entry.html", context)


@login_required
@require_POST
def import_view(request: HttpRequest, pk: int) -> HttpResponse:
    """A counter's whole entry from a tally CSV, read by the core; it replaces theirs."""
    election = _counted(request, pk)
    counter = _own_counter(request, election)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a tally file."))
        return redirect("elections:entry", pk=pk)
    upload = form.cleaned_data["file"]
    try:
        ballots = services.read_tally(upload, election)
    except InputError as exc:
        for problem in exc.problems:
            messages.error(request, services.located(problem))
        return redirect("elections:entry", pk=pk)
    services.import_ballots(request.user, election, counter, ballots, display_name(upload))
    messages.success(request, _("The tally file is your entry now."))
    return redirect("elections:entry", pk=pk)


@login_required
@require_POST
def lock(request: HttpRequest, pk: int) -> HttpResponse:
    """Lock the minutes and publish the result (both entries must agree)."""
    election = _counted(request, pk)
    if not services.lock(request.user, election):
        messages.error(request, _("The minutes can be locked once both entries agree."))
    return redirect(election)


@login_required
@require_POST
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a correction of locked minutes: a new version, with its reason."""
    election = _counted(request, pk)
    form = CorrectionForm(request.POST)
    if not election.locked:
        raise PermissionDenied
    if not form.is_valid() or not form.cleaned_data["reason"].strip():
        messages.error(request, _("A correction needs its reason."))
        return redirect(election)
    services.open_correction(request.user, election, form.cleaned_data["reason"].strip())
    return redirect(election)


@login_required
@require_POST
def next_round(request: HttpRequest, pk: int) -> HttpResponse:
    """Set up the next round for the seats left unfilled, with the candidates kept."""
    election = _counted(request, pk)
    result = services.standing(election).result
    if result is None or not election.locked:
        raise PermissionDenied
    keep = [int(no) for no in request.POST.getlist("keep") if no.isdigit()]
    try:
        made = services.set_up_next_round(request.user, election, result, keep)
    except CodedError as exc:
        messages.error(request, said(exc))
        return redirect(election)
    return redirect(made)


@login_required
@require_GET
def minutes(request: HttpRequest, pk: int, which: str, fmt: str) -> HttpResponse:
    """The minutes or the announcement list, .docx or .pdf, by the core's renderers."""
    election = seen(request, pk)
    result = services.standing(election).result
    if result is None or not (election.published or can_count(request.user, election)):
        raise Http404
    return download(result, which, fmt, f"{election.pk}-round-{election.round}-v{election.version}")


def download(result: core.Result, which: str, fmt: str, stem: str) -> HttpResponse:
    """The minutes or the announcement list of ``result`` as a file, in the page's language."""
    if which not in ("minutes", "announcement") or fmt not in CONTENT_TYPES:
        raise Http404
    lang = "en" if (get_language() or "vi").startswith("en") else "vi"
    data = core.render_minutes(result, fmt, which, lang=lang)
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{which}-{stem}.{fmt}"'
    return response
