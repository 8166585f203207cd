"""A round as a unit asked sees it: the draft's text, part by part with its reference,
the comment form beside it, the reply file upload and the comments table to fill in.
The drafting team sees the same page, with its own links."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chitieu.consultation.entry import EntryError
from chitieu.consultation.tables import comments_template
from chitieu.problems import InputError
from chitieu.web.consultation import respondents, services
from chitieu.web.consultation.forms import CommentForm, ReplyForm
from chitieu.web.consultation.models import Round
from chitieu.web.consultation.respondents import Respondent
from chitieu.web.consultation.views.common import (
    lang,
    part_choices,
    part_rows,
    placed,
    seen_round,
)
from chitieu.web.people.access import (
    asked_agency,
    can_enter_for_units,
    can_manage_consultations,
)
from chitieu.web.problems import said

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def acting(request: HttpRequest, round: Round, key: str) -> tuple[Respondent, bool] | None:
    """Whom the user comments for, and whether on its behalf: a unit's people for their
    unit; the drafting team for the one asked that ``key`` names, from its letter."""
    agency = asked_agency(request.user, round)
    own = respondents.find(round, f"a{agency.pk}") if agency is not None else None
    if own is not None:
        return own, False
    if key and can_enter_for_units(request.user):
        who = respondents.find(round, key)
        if who is None:
            raise Http404
        return who, True
    return None


def _unit(request: HttpRequest, round: Round) -> tuple[Respondent, bool]:
    """The unit the user comments for; the drafting team comments only for one it names."""
    found = acting(request, round, request.POST.get("for", ""))
    if found is None:
        raise PermissionDenied
    return found


def _back(round: Round, who: Respondent, on_behalf: bool) -> HttpResponse:
    return redirect(f"{round.get_absolute_url()}?for={who.key}" if on_behalf else round)


@login_required
@require_GET
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    found = seen_round(request, pk)
    draft = found.version.to_core()
    chosen = request.GET.get("part", "")
    form = CommentForm(initial={"part": chosen}, parts=part_choices(draft))
    return _page(request, found, form, acting(request, found, request.GET.get("for", "")))


def _page(
    request: HttpRequest,
    found: Round,
    form: CommentForm,
    who: tuple[Respondent, bool] | None,
    status: int = 200,
) -> HttpResponse:
    draft = found.version.to_core()
    today = timezone.localdate()
    refs = {p["key"]: p["ref"] for p in part_rows(draft)}
    unit, on_behalf = who if who is not None else (None, False)
    mine = list(found.comments.filter(**unit.owner())) if unit else []
    team = can_manage_consultations(request.user)
    context = {
        "round": found,
        "draft": found.version.draft,
        "parts": part_rows(draft),
        "form": form,
        "reply_form": ReplyForm(),
        "unit": unit,
        "on_behalf": on_behalf,
        "mine": [{"c": c, "ref": refs.get(c.part, "")} for c in mine],
        "closed": services.closed_message(found, today),
        "team": team,
        "asked": respondents.asked(found) if team else [],
        "enters_for": can_enter_for_units(request.user),
    }
    return render(request, "consultation/round.html", context, status=status)


@login_required
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    """A comment typed beside the draft's text, by a unit asked, while the round is open."""
    found = seen_round(request, pk)
    who, on_behalf = _unit(request, found)
    form = CommentForm(request.POST, parts=part_choices(found.version.to_core()))
    if form.is_valid():
        today = timezone.localdate()
        try:
            services.add_comment(request.user, found, who, form.fields_for_core(), today, on_behalf)
        except services.Closed as exc:
            messages.error(request, str(exc))
            return _back(found, who, on_behalf)
        except EntryError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, said(exc))
        else:
            messages.success(request, _("Your comment is saved."))
            return _back(found, who, on_behalf)
    return _page(request, found, form, (who, on_behalf), status=400)


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """A unit's reply file: a copy of the draft with Word comments, or the comments table."""
    found = seen_round(request, pk)
    who, on_behalf = _unit(request, found)
    form = ReplyForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file."))
        return _back(found, who, on_behalf)
    try:
        upload, today = form.cleaned_data["file"], timezone.localdate()
        kept, unplaced = services.import_reply(request.user, found, who, upload, today, on_behalf)
    except services.Closed as exc:
        messages.error(request, str(exc))
    except InputError as exc:
        for problem in exc.problems:
            messages.error(request, placed(problem))
    else:
        messages.success(request, _("%(n)s comments read from the file.") % {"n": kept})
        if unplaced:
            messages.warning(
                request,
                _(
                    "%(n)s of them are attached to text that is not in the draft: the "
                    "drafting team will place them by hand."
                )
                % {"n": unplaced},
            )
    return _back(found, who, on_behalf)


@login_required
@require_GET
def template(request: HttpRequest, pk: int) -> HttpResponse:
    """The comments table to fill in: one row per part, with its reference."""
    found = seen_round(request, pk)
    data = comments_template(found.version.to_core(), lang())
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="gop-y-{found.pk}.xlsx"'
    return response
