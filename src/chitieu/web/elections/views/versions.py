"""A locked version of an election's minutes, read-only: its result and its minutes as
they were locked, "superseded by version N" once a correction followed. Seen by whoever
sees the election's current result (web/people/access.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from chitieu.web.elections.models import Election, MinutesVersion
from chitieu.web.elections.versions import recount
from chitieu.web.elections.views.count import download, downloads, percent, result_context, seen
from chitieu.web.people.access import can_count


def _version(request: HttpRequest, pk: int, number: int) -> tuple[Election, MinutesVersion]:
    """The election and its locked version, for those who see its current result."""
    election = seen(request, pk)
    if not (election.published or can_count(request.user, election)):
        raise Http404
    return election, get_object_or_404(MinutesVersion, election=election, version=number)


@login_required
@require_GET
def version(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    election, locked = _version(request, pk, number)
    result = recount(locked)
    context: dict[str, Any] = {
        "election": election,
        "locked": locked,
        "superseded_by": number + 1 if number < election.version else None,
        "result": result,
        "kept": locked.result,
        "downloads": downloads(election, number) if result is not None else [],
    }
    if result is not None:
        context.update(result_context(result))
    else:
        context["kept_rows"] = [
            {**c, "percent": percent(Decimal(c["percent_of_base"]))}
            for c in locked.result["candidates"]
        ]
    return render(request, "elections/version.html", context)


@login_required
@require_GET
def version_minutes(
    request: HttpRequest, pk: int, number: int, which: str, fmt: str
) -> HttpResponse:
    """A locked version's minutes or announcement list, made from what it kept."""
    election, locked = _version(request, pk, number)
    result = recount(locked)
    if result is None:
        raise Http404
    return download(result, which, fmt, f"{election.pk}-round-{election.round}-v{number}")
