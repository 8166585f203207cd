"""What an unexpected fault means for the person who met it, on a page or in the API.

A full disk (SQLite: "database or disk is full"; PostgreSQL: DiskFull, SQLSTATE 53100) is
not a bug: the write's transaction was rolled back, so nothing was saved, and the
administrator must free space. It answers 503 with a message saying so, as does a
database too busy to take the write. Anything else answers 500. Pages get a small page
that needs neither the database nor a login to show; everything under /api/ gets the
API's JSON error body (``{"detail": …, "problems": []}``), never HTML. Django logs the
traceback of every fault that reaches here.
"""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

API_PREFIX = "/api/"
# SQLSTATE 53100 disk_full (PostgreSQL); SQLite's and the OS's words for a full disk.
_DISK_FULL_STATES = {"53100"}
_DISK_FULL_WORDS = ("disk is full", "no space left on device")
_BUSY_WORDS = ("database is locked",)


def _chain(exc: BaseException | None) -> list[BaseException]:
    """The exception and those it was raised from (Django wraps the driver's)."""
    out: list[BaseException] = []
    while exc is not None and exc not in out:
        out.append(exc)
        exc = exc.__cause__ or exc.__context__
    return out


def disk_full(exc: BaseException | None) -> bool:
    """Whether the database (or the disk under it) is full."""
    return any(
        getattr(e, "sqlstate", None) in _DISK_FULL_STATES
        or any(word in str(e).lower() for word in _DISK_FULL_WORDS)
        for e in _chain(exc)
    )


def fault(exc: BaseException | None) -> tuple[int, str]:
    """The status and the message, in the active language, for an unexpected error."""
    if disk_full(exc):
        return 503, _(
            "The database's disk is full, so nothing was saved. Tell the administrator; "
            "try again once space has been freed."
        )
    if any(word in str(e).lower() for e in _chain(exc) for word in _BUSY_WORDS):
        return 503, _("The database is busy, so nothing was saved. Try again in a moment.")
    return 500, _(
        "Something went wrong on the server; it was logged for the administrator. "
        "Try again, and tell the administrator if it happens again."
    )


def error_body(detail: str) -> dict[str, object]:
    """The API's documented error body (ErrorOut) for an error that names no input."""
    return {"detail": detail, "problems": []}


def api_answer(status: int, detail: str) -> JsonResponse:
    return JsonResponse(
        error_body(detail), status=status, json_dumps_params={"ensure_ascii": False}
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: Django calls it while handling the exception, which it has logged."""
    status, message = fault(sys.exc_info()[1])
    if request.path.startswith(API_PREFIX):
        return api_answer(status, message)
    # Rendered without the request: no context processor, so no database query or session.
    html = render_to_string("500.html", {"status": status, "message": message})
    return HttpResponse(html, status=status)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """``handler404``: JSON under /api/, the site's page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return api_answer(404, _("Not found."))
    return defaults.page_not_found(request, exception)
