"""Downloads: the approved figures and the statuses, as CSV and JSON files.

figures.csv is the core's figures format, so ``chitieu evaluate plan.yaml figures.csv``
reads it back. The figures files are written once per data version into the data dir
(:func:`chitieu.web.figures.reading.export_path`, streamed from the database) and served
from there. statuses.csv starts with a byte-order mark: without it Excel takes UTF-8
for the local code page and garbles every Vietnamese letter. Its numbers are plain
("64.5"), exact and the same in every locale; the labels follow ``lang``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import pgettext
from ninja import Router

from chitieu.api import answers
from chitieu.api.auth import READ, caller, optional_auth
from chitieu.api.queries import language, visible_plan
from chitieu.api.schemas import READ_REFUSALS, FigureExportOut, StatusesOut
from chitieu.evaluation.results import PlanResult
from chitieu.figures.cells import csv_text
from chitieu.web import commons
from chitieu.web.figures.evaluation import evaluation
from chitieu.web.figures.reading import export_path
from chitieu.web.plans.models import Plan

router = Router(tags=["exports"], auth=READ)

BOM = "\ufeff"
NUMBERS = (0, 5, 11)  # the statuses.csv columns that hold numbers


ATTACHMENT = "A file (Content-Disposition: attachment)"
CONTENT_TYPES = {"csv": "text/csv", "json": "application/json"}


def _file(content_type: str) -> dict[str, Any]:
    """The OpenAPI description of a downloaded CSV file."""
    return {
        **optional_auth(),
        "responses": {
            200: {
                "description": ATTACHMENT,
                "content": {content_type: {"schema": {"type": "string"}}},
            }
        },
    }


def _json_file() -> dict[str, Any]:
    """A downloaded JSON file: its schema is the operation's response schema."""
    return {**optional_auth(), "responses": {200: {"description": ATTACHMENT}}}


def _download(content: str | bytes, content_type: str, filename: str) -> HttpResponse:
    data = content.encode("utf-8") if isinstance(content, str) else content
    response = HttpResponse(data, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _filename(plan: Plan, what: str, as_of: date | None, ext: str) -> str:
    return f"{plan.slug}-{what}-{(as_of or commons.today()).isoformat()}.{ext}"


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _export(
    request: HttpRequest,
    slug: str,
    what: str,
    ext: str,
    as_of: date | None,
    body: Callable[[Plan], str],
) -> HttpResponse:
    """A plan's file, if the caller may see the plan: named for the plan, what it holds
    and its date, its body made by ``body``."""
    plan = visible_plan(caller(request), slug)
    return _download(body(plan), CONTENT_TYPES[ext], _filename(plan, what, as_of, ext))


@router.get(
    "/plans/{slug}/figures.csv",
    response=READ_REFUSALS,
    url_name="figures_csv",
    openapi_extra=_file("text/csv"),
)
def export_figures_csv(request: HttpRequest, slug: str) -> FileResponse:
    """Every approved vintage in the core's figures format (readable by ``chitieu``)."""
    return _figures_file(request, slug, "csv")


def _figures_file(request: HttpRequest, slug: str, ext: str) -> FileResponse:
    plan = visible_plan(caller(request), slug)
    return FileResponse(
        export_path(plan, ext).open("rb"),
        as_attachment=True,
        filename=_filename(plan, "figures", None, ext),
        content_type=f"{CONTENT_TYPES[ext]}; charset=utf-8",
    )


@router.get(
    "/plans/{slug}/figures.json",
    response={200: list[FigureExportOut], **READ_REFUSALS},
    url_name="figures_json",
    openapi_extra=_json_file(),
)
def export_figures_json(request: HttpRequest, slug: str) -> FileResponse:
    """The same figures as figures.csv, as a JSON list with the same columns."""
    return _figures_file(request, slug, "json")


def statuses_rows(result: PlanResult, lang: str) -> list[list[str]]:
    """One row per measure, headed in ``lang``. The headers have a context of their own,
    so "status" here is not whatever another page translates "status" as."""
    with translation.override(lang):
        header = [
            pgettext("statuses.csv column", "target no"),
            pgettext("statuses.csv column", "measure"),
            pgettext("statuses.csv column", "name"),
            pgettext("statuses.csv column", "unit"),
            pgettext("statuses.csv column", "target"),
            pgettext("statuses.csv column", "value"),
            pgettext("statuses.csv column", "status"),
            pgettext("statuses.csv column", "status label"),
            pgettext("statuses.csv column", "final"),
            pgettext("statuses.csv column", "forecast"),
            pgettext("statuses.csv column", "forecast label"),
            pgettext("statuses.csv column", "required"),
            pgettext("statuses.csv column", "required kind"),
        ]
    rows = [header]
    for t in result.targets:
        for m in t.metrics:
            d = m.to_dict(lang)
            forecast = d["forecast"] or {}
            rows.append(
                [
                    str(t.target.no),
                    d["id"],
                    d["name"],
                    d["unit"],
                    d["target"],
                    d["value"] or "",
                    d["status"],
                    d["status_label"],
                    "true" if d["final"] else "false",
                    forecast.get("class") or "",
                    forecast.get(f"label_{lang}") or "",
                    forecast.get("required") or "",
                    forecast.get("required_kind") or "",
                ]
            )
    # Names, units and labels are text a spreadsheet must not run; the target number, the
    # value and what is required are numbers ("-1.5") and stay numbers.
    return [[c if i in NUMBERS else csv_text(c) for i, c in enumerate(r)] for r in rows]


def _statuses_csv(result: PlanResult, lang: str) -> str:
    out = io.StringIO()
    out.write(BOM)
    csv.writer(out, lineterminator="\r\n").writerows(statuses_rows(result, lang))
    return out.getvalue()


def _statuses(
    request: HttpRequest,
    slug: str,
    ext: str,
    as_of: date | None,
    lang: str | None,
    write: Callable[[PlanResult, str], str],
) -> HttpResponse:
    """statuses.csv or .json: written once per data version, as-of date and language."""
    plan = visible_plan(caller(request), slug)
    code = language(lang)
    content = answers.kept(
        plan,
        f"statuses.{ext}",
        as_of,
        code,
        lambda: write(evaluation(plan, as_of), code).encode("utf-8"),
    )
    return _download(content, CONTENT_TYPES[ext], _filename(plan, "statuses", as_of, ext))


@router.get(
    "/plans/{slug}/statuses.csv",
    response=READ_REFUSALS,
    url_name="statuses_csv",
    openapi_extra=_file("text/csv"),
)
def export_statuses_csv(
    request: HttpRequest,
    slug: str,
    as_of: date | None = None,
    lang: Literal["vi", "en"] | None = None,
) -> HttpResponse:
    """One row per measure: its target, value, status, forecast and what it still needs."""
    return _statuses(request, slug, "csv", as_of, lang, _statuses_csv)


@router.get(
    "/plans/{slug}/statuses.json",
    response={200: StatusesOut, **READ_REFUSALS},
    url_name="statuses_json",
    openapi_extra=_json_file(),
)
def export_statuses_json(
    request: HttpRequest,
    slug: str,
    as_of: date | None = None,
    lang: Literal["vi", "en"] | None = None,
) -> HttpResponse:
    """The statuses (as GET /plans/{slug}/statuses) as a file to keep."""
    return _statuses(
        request, slug, "json", as_of, lang, lambda result, code: _json(result.to_dict(code))
    )
