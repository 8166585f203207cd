"""The drafting team's pages of a round: the consolidation with a response to each
comment and each part's new wording, the comments left for placing by hand, closing the
round, reminding the units that have not replied, and the summary report."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chitieu.consultation.consolidate import Consolidation, ResponseError
from chitieu.consultation.summary import decision_text, kind_label, proposal_text
from chitieu.web.consultation import reminders, respondents, services, team
from chitieu.web.consultation.forms import PlaceForm, ResponseForm, WordingForm
from chitieu.web.consultation.models import Comment
from chitieu.web.consultation.respondents import key_of
from chitieu.web.consultation.views.common import lang, part_choices, team_round
from chitieu.web.problems import said

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _comment_row(made: Consolidation, stored: dict[str, Comment], c: Any) -> dict[str, Any]:
    language = lang()
    decision, reason = decision_text(made, c, language)
    row = stored[c.id]
    return {
        "c": c,
        "pk": row.pk,
        "on_behalf": row.on_behalf,
        "kind": kind_label(c.kind, language),
        "proposal": proposal_text(c, language),
        "decision": decision if row.decision else "",
        "reason": reason,
        "form": ResponseForm(
            initial={"comment": row.pk, "decision": row.decision, "reason": row.reason},
            auto_id=f"r{row.pk}_%s",
        ),
    }


@login_required
@require_GET
def consolidation(request: HttpRequest, pk: int) -> HttpResponse:
    """Per part: how many units replied, agreed, proposed a change; the comments in their
    groups (the core's), each with its unit and a response; the part's new wording."""
    found = team_round(request, pk)
    made, stored = team.consolidation(found)
    language = lang()
    parts = []
    for s in made.parts:
        groups = [[_comment_row(made, stored, c) for c in g.comments] for g in s.groups]
        initial = {"part": s.part.key, "text": s.new_text or ""}
        wording = WordingForm(initial=initial, auto_id=f"w{s.part.index}_%s")
        moved = s.next_part.ref_in(language) if s.next_part is not None else ""
        parts.append(
            {
                "s": s,
                "ref": s.part.ref_in(language),
                "groups": groups,
                "wording": wording,
                "moved": moved,
            }
        )
    context = {
        "round": found,
        "made": made,
        "parts": parts,
        "general": [_comment_row(made, stored, c) for c in made.general],
        "unplaced": len(made.unplaced),
        "closed": services.closed_message(found, timezone.localdate()),
    }
    return render(request, "consultation/consolidation.html", context)


@login_required
@require_POST
def respond(request: HttpRequest, pk: int) -> HttpResponse:
    """The team's response to one comment: tiếp thu, giải trình or không tiếp thu."""
    found = team_round(request, pk)
    key = request.POST.get("comment", "")
    row = found.comments.filter(pk=int(key)).first() if key.isdigit() else None
    if row is None:
        raise Http404
    form = ResponseForm(request.POST)
    if form.is_valid():
        try:
            team.respond(request.user, row, form.decision_value(), form.cleaned_data["reason"])
        except ResponseError as exc:
            messages.error(request, said(exc))
        else:
            messages.success(request, _("Response saved."))
    else:
        messages.error(request, _("Choose a response."))
    return redirect(reverse("consultation:consolidation", args=[found.pk]) + f"#c{row.pk}")


@login_required
@require_POST
def wording(request: HttpRequest, pk: int) -> HttpResponse:
    """A part's wording in the next version."""
    found = team_round(request, pk)
    form = WordingForm(request.POST)
    keys = {p.key for p in found.version.to_core().parts}
    if not form.is_valid() or form.cleaned_data["part"] not in keys:
        raise Http404
    team.set_wording(request.user, found, form.cleaned_data["part"], form.cleaned_data["text"])
    messages.success(request, _("New wording saved."))
    return redirect(reverse("consultation:consolidation", args=[found.pk]))


@login_required
@require_http_methods(["GET", "POST"])
def unplaced(request: HttpRequest, pk: int) -> HttpResponse:
    """The comments whose anchor matched no part, each to be placed on a part by hand."""
    found = team_round(request, pk)
    choices = part_choices(found.version.to_core())
    if request.method == "POST":
        form = PlaceForm(request.POST, parts=choices)
        if form.is_valid():
            row = found.comments.filter(pk=form.cleaned_data["comment"], part="", general=False)
            comment = row.first()
            if comment is None:
                raise Http404
            team.place(request.user, comment, form.cleaned_data["part"])
            messages.success(request, _("Comment placed."))
            return redirect("consultation:unplaced", pk=found.pk)
        messages.error(request, _("Choose a part."))
    rows = found.comments.filter(part="", general=False)
    names = {r.key: r.name for r in respondents.asked(found)}
    items = [
        {
            "c": c,
            "unit": names.get(key_of(c), ""),
            "form": PlaceForm(initial={"comment": c.pk}, parts=choices, auto_id=f"p{c.pk}_%s"),
        }
        for c in rows
    ]
    return render(request, "consultation/unplaced.html", {"round": found, "items": items})


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    found = team_round(request, pk)
    if found.closed_at is None:
        services.close_round(request.user, found)
        messages.success(request, _("The round is closed: no more comments are taken."))
    return redirect("consultation:consolidation", pk=found.pk)


@login_required
@require_POST
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    """Remind the units that have not replied yet (a notification, an e-mail)."""
    found = team_round(request, pk)
    if services.closed_message(found, timezone.localdate()) is not None:
        messages.error(request, _("The round is over: there is nobody to remind."))
        return redirect("consultation:consolidation", pk=found.pk)
    silent = reminders.silent(found)
    told = services.remind(request.user, found, silent)
    messages.success(
        request,
        _("%(units)s units reminded (%(people)s people).") % {"units": len(silent), "people": told},
    )
    return redirect("consultation:consolidation", pk=found.pk)


@login_required
@require_GET
def summary(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The summary report ("Báo cáo tổng hợp ý kiến"), .docx or .xlsx, by the core."""
    found = team_round(request, pk)
    if fmt not in CONTENT_TYPES:
        raise Http404
    data = team.summary(found, fmt, lang(), timezone.localdate())
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="tong-hop-y-kien-{found.pk}.{fmt}"'
    return response
