"""What the consultation views share: the round as the user may see it, the parts as a
page lists them, and a core problem placed in its file."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chitieu.consultation import draft as core
from chitieu.problems import Problem
from chitieu.web.consultation.models import Round
from chitieu.web.people.access import can_manage_consultations, can_see_round
from chitieu.web.problems import said


def lang() -> str:
    return "en" if (get_language() or "vi").startswith("en") else "vi"


def seen_round(request: HttpRequest, pk: int) -> Round:
    """The round, for those who may see it; for anyone else it does not exist."""
    found = get_object_or_404(Round.objects.select_related("version__draft"), pk=pk)
    if not can_see_round(request.user, found):
        raise Http404
    return found


def team_round(request: HttpRequest, pk: int) -> Round:
    """The round, for the drafting team (others who see it are refused)."""
    found = seen_round(request, pk)
    if not can_manage_consultations(request.user):
        raise PermissionDenied
    return found


def part_rows(draft: core.Draft) -> list[dict[str, Any]]:
    """Each part with its reference in the page's language and its targets."""
    language = lang()
    return [
        {"key": p.key, "ref": p.ref_in(language), "text": p.text, "targets": p.targets}
        for p in draft.parts
    ]


def part_choices(draft: core.Draft) -> list[tuple[str, str]]:
    language = lang()
    return [(p.key, f"{p.ref_in(language)}: {p.text[:80]}") for p in draft.parts]


def placed(problem: Problem) -> str:
    """A core problem with its file and place: "reply.xlsx, ô C7: …"."""
    where = {"file": problem.file, "message": said(problem)}
    if problem.cell:
        return _("%(file)s, cell %(cell)s: %(message)s") % {**where, "cell": problem.cell}
    if problem.row:
        return _("%(file)s, row %(row)s: %(message)s") % {**where, "row": problem.row}
    if problem.line:
        return _("%(file)s, line %(line)s: %(message)s") % {**where, "line": problem.line}
    return f"{problem.file}: {where['message']}"
