"""API errors: every refusal answers with a translated ``detail`` and, for bad input, a
list of problems each naming the item and field, in the request's language.

Status codes: 401 no (valid) credentials, 403 not allowed, 404 no such thing, 409 the
request is fine but the report's state forbids it, or a draft value changed after the
caller read it (each problem then carries the ``current`` value), 422 the input has
problems (from the schema or from the entry checks alike) or values with plausibility
warnings not confirmed (each problem naming its ``warning``), 400 the body is not JSON at
all, 503 the database's disk is full or the database is busy, 500 anything unexpected
(logged). Every one of them, 500 included, is JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from chitieu.web.faults import fault
from chitieu.web.figures.errors import (
    Conflict,
    ConflictError,
    Doubt,
    EntryError,
    EntryProblem,
    NotAllowed,
    Place,
    Unconfirmed,
)
from chitieu.web.problems import plain_params

logger = logging.getLogger("chitieu.api")


class Refused(Exception):
    """A request refused with a status, a message and (possibly) problems."""

    def __init__(self, status: int, detail: str, problems: Sequence[EntryProblem] = ()):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.problems = list(problems)


def forbidden(detail: str | None = None, problems: Sequence[EntryProblem] = ()) -> Refused:
    return Refused(403, detail or _("You are not allowed to do this."), problems)


def unprocessable(problems: Sequence[EntryProblem]) -> Refused:
    return Refused(422, _("The request has problems; nothing was saved."), problems)


def problem_dict(problem: EntryProblem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "item": problem.place.item,
        "field": problem.place.field or None,
        "message": problem.message,
        "text": str(problem),
        "code": problem.said.code if problem.said else None,
        "params": plain_params(problem.said) if problem.said else None,
    }
    if isinstance(problem, Doubt):
        out["warning"] = problem.check
    if isinstance(problem, Conflict) and problem.stored is not None:
        stored = problem.stored
        out["current"] = {
            "value": stored.value,
            "stage": stored.stage,
            "note": stored.note,
            "version": stored.version,
            "changed_by": stored.by,
            "changed_at": stored.at.isoformat(),  # to the microsecond, as FigureOut's times
        }
    return out


def body(detail: str, problems: Iterable[EntryProblem] = ()) -> dict[str, Any]:
    return {"detail": detail, "problems": [problem_dict(p) for p in problems]}


# ---------------------------------------------------------------- schema errors

# pydantic error types → our message (translated when the response is built).
_SCHEMA_MESSAGES: dict[str, str] = {
    "missing": gettext_noop("this field is required"),
    "extra_forbidden": gettext_noop("unknown field"),
    "string_type": gettext_noop("expected text"),
    "decimal_type": gettext_noop("expected a number"),
    "decimal_parsing": gettext_noop("expected a number"),
    "int_type": gettext_noop("expected a whole number"),
    "int_parsing": gettext_noop("expected a whole number"),
    "bool_type": gettext_noop("expected true or false"),
    "bool_parsing": gettext_noop("expected true or false"),
    "date_type": gettext_noop("expected a date (YYYY-MM-DD)"),
    "date_parsing": gettext_noop("expected a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": gettext_noop("expected a date (YYYY-MM-DD)"),
    "date_from_datetime_inexact": gettext_noop("expected a date (YYYY-MM-DD)"),
    "list_type": gettext_noop("expected a list"),
    "too_short": gettext_noop("give at least one item"),
    "model_type": gettext_noop("expected an object"),
    "dict_type": gettext_noop("expected an object"),
}


def _schema_message(error: dict[str, Any], field: str) -> str:
    kind = str(error.get("type", ""))
    if field == "value" and kind != "missing":
        return _("expected a number: text written the Vietnamese way (“1.234,5”) or a JSON number")
    if kind in ("literal_error", "enum"):
        expected = (error.get("ctx") or {}).get("expected", "")
        return _("“%(v)s” is not one of %(choices)s") % {
            "v": error.get("input"),
            "choices": expected,
        }
    if kind in _SCHEMA_MESSAGES:
        return _(_SCHEMA_MESSAGES[kind])
    return _("invalid value")


def schema_problem(error: dict[str, Any]) -> EntryProblem:
    """A pydantic error as a problem: loc ("body", "payload", "figures", 2, "value", "str")
    names item 2, field "value"; loc ("query", "as_of") names field "as_of"."""
    loc = [p for p in error.get("loc", ()) if p not in ("body", "query", "path", "payload")]
    item: int | None = None
    if len(loc) >= 2 and loc[0] == "figures" and isinstance(loc[1], int):
        item, loc = loc[1], loc[2:]
    # After the field, a union's loc names the type it tried ("str"): not a field.
    field = str(loc[0]) if loc and isinstance(loc[0], str) else ""
    return EntryProblem(Place(field=field, item=item), _schema_message(error, field))


# ---------------------------------------------------------------- handlers

# ninja's own English messages, marked here so the catalogue translates them.
_NINJA_MESSAGES = {
    "Unauthorized": lambda: _("Authentication required: a valid API token or a login."),
    "Forbidden": lambda: _("You are not allowed to do this."),
    "Cannot parse request body": lambda: _("The request body is not valid JSON."),
}


def install(api: NinjaAPI) -> None:
    """Replace ninja's default handlers with translated, problem-listing ones."""

    def respond(request: HttpRequest, status: int, payload: dict[str, Any]) -> HttpResponse:
        response = api.create_response(request, payload, status=status)
        if status == 401:
            response["WWW-Authenticate"] = 'Bearer realm="chitieu"'
        return response

    def on_refused(request: HttpRequest, exc: Refused) -> HttpResponse:
        return respond(request, exc.status, body(exc.detail, exc.problems))

    def on_entry_error(request: HttpRequest, exc: EntryError) -> HttpResponse:
        # Problems that name no place are about the report's state, not the input.
        if any(p.place != Place() for p in exc.problems):
            return on_refused(request, unprocessable(exc.problems))
        detail = _("The report cannot be changed this way.")
        return respond(request, 409, body(detail, exc.problems))

    def on_conflict(request: HttpRequest, exc: ConflictError) -> HttpResponse:
        detail = _("The draft changed after you read it; nothing was saved.")
        return respond(request, 409, body(detail, exc.problems))

    def on_unconfirmed(request: HttpRequest, exc: Unconfirmed) -> HttpResponse:
        detail = _(
            "Some values look implausible; nothing was saved. Check them, then send them "
            "again with “confirm”: true."
        )
        return respond(request, 422, body(detail, exc.problems))

    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Never Django's HTML page under /api/: the documented body, and the traceback logged.
        logger.error("Unexpected error: %s %s", request.method, request.path, exc_info=exc)
        status, detail = fault(exc)
        return respond(request, status, body(detail))

    def on_not_allowed(request: HttpRequest, exc: NotAllowed) -> HttpResponse:
        return on_refused(request, forbidden())

    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        problems: dict[tuple[int | None, str], EntryProblem] = {}
        for error in exc.errors:
            problem = schema_problem(error)
            # A union reports each type it tried; one problem per place is enough.
            problems.setdefault((problem.place.item, problem.place.field), problem)
        return on_refused(request, unprocessable(list(problems.values())))

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        message = str(exc)
        translate = _NINJA_MESSAGES.get(message.split(" (")[0])
        detail = translate() if translate else message
        return respond(request, exc.status_code, body(detail))

    def on_404(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, 404, body(_("Not found.")))

    api.add_exception_handler(Refused, on_refused)  # type: ignore[arg-type]
    api.add_exception_handler(EntryError, on_entry_error)  # type: ignore[arg-type]
    api.add_exception_handler(ConflictError, on_conflict)  # type: ignore[arg-type]
    api.add_exception_handler(Unconfirmed, on_unconfirmed)  # type: ignore[arg-type]
    api.add_exception_handler(Exception, on_unexpected)  # type: ignore[arg-type]
    api.add_exception_handler(NotAllowed, on_not_allowed)  # type: ignore[arg-type]
    api.add_exception_handler(ValidationError, on_validation)  # type: ignore[arg-type]
    api.add_exception_handler(HttpError, on_http_error)  # type: ignore[arg-type]
    api.add_exception_handler(Http404, on_404)  # type: ignore[arg-type]
