"""Reading: plans, their targets, statuses and figures, with the same rights as the UI."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router

from chitieu.api import answers
from chitieu.api.auth import READ, caller, optional_auth
from chitieu.api.errors import unprocessable
from chitieu.api.queries import (
    figure_out,
    language,
    number,
    visible_plan,
    visible_plans,
)
from chitieu.api.schemas import (
    READ_REFUSALS,
    FigureOut,
    PlanData,
    PlanSummaryOut,
    StatusesOut,
    TargetOut,
)
from chitieu.evaluation.statuses import target_text
from chitieu.figures.periods import PeriodError, parse_period
from chitieu.web.figures.errors import EntryProblem, Place
from chitieu.web.figures.evaluation import evaluation, stored_plan
from chitieu.web.people.access import APPROVED, visible_figures
from chitieu.web.people.models import Assignment
from chitieu.web.plans.convert import plan_data

router = Router(tags=["plans"], auth=READ)


@router.get(
    "/plans",
    response={200: list[PlanSummaryOut], **READ_REFUSALS},
    url_name="plans",
    openapi_extra=optional_auth(),
)
def list_plans(request: HttpRequest) -> list[Any]:
    """The plans the caller may see (anonymous callers: the public ones)."""
    return visible_plans(caller(request))


@router.get(
    "/plans/{slug}",
    response={200: PlanData, **READ_REFUSALS},
    exclude_none=True,
    url_name="plan",
    openapi_extra=optional_auth(),
)
def get_plan(request: HttpRequest, slug: str) -> dict[str, Any]:
    """The plan in the plan-file format: header, targets and their measures, tasks."""
    return plan_data(visible_plan(caller(request), slug))


@router.get(
    "/plans/{slug}/targets",
    response={200: list[TargetOut], **READ_REFUSALS},
    url_name="targets",
    openapi_extra=optional_auth(),
)
def list_targets(
    request: HttpRequest, slug: str, lang: Literal["vi", "en"] | None = None
) -> list[dict[str, Any]]:
    """Targets with their measures, the target as written, and who reports each measure."""
    plan = visible_plan(caller(request), slug)
    core = stored_plan(plan)
    lang_code = language(lang)
    reporters: dict[int, list[dict[str, str]]] = {}
    for a in Assignment.objects.filter(measure__plan=plan).select_related("agency"):
        reporters.setdefault(a.measure_id, []).append(
            {"agency": a.agency.code, "agency_name": a.agency.name, "unit_code": a.unit_code}
        )
    out = []
    for t in plan.targets.prefetch_related("measures").order_by("no"):
        measures = [
            {
                "key": m.key,
                "name": m.name,
                "unit": m.unit,
                "kind": m.kind,
                "target": target_text(core.metric(m.key), lang_code),
                "low": number(m.low.normalize()) if m.low is not None else None,
                "high": number(m.high.normalize()) if m.high is not None else None,
                "end_year": m.end_year,
                "reported_by": reporters.get(m.pk, []),
            }
            for m in sorted(t.measures.all(), key=lambda m: (m.position, m.pk))
        ]
        out.append(
            {
                "no": t.no,
                "text": t.text,
                "group": t.group or None,
                "lead_agency": t.lead_agency,
                "measures": measures,
            }
        )
    return out


@router.get(
    "/plans/{slug}/statuses",
    response={200: StatusesOut, **READ_REFUSALS},
    by_alias=True,
    url_name="statuses",
    openapi_extra=optional_auth(),
)
def get_statuses(
    request: HttpRequest,
    slug: str,
    as_of: date | None = None,
    lang: Literal["vi", "en"] | None = None,
) -> HttpResponse:
    """The evaluation: headline, counts, per-target and per-measure status, forecast and
    explanation, from the approved figures known on ``as_of`` (default: all of them)."""
    plan = visible_plan(caller(request), slug)
    code = language(lang)

    def make() -> bytes:
        data = evaluation(plan, as_of).to_dict(code)
        return answers.rendered(request, StatusesOut, data, by_alias=True)

    return answers.json_answer(answers.kept(plan, "statuses", as_of, code, make))


@router.get(
    "/plans/{slug}/figures",
    response={200: list[FigureOut], **READ_REFUSALS},
    url_name="figures",
    openapi_extra=optional_auth(),
)
def list_figures(
    request: HttpRequest,
    slug: str,
    measure: str | None = None,
    period: str | None = None,
    unit_code: str | None = None,
    approved: bool | None = None,
) -> list[dict[str, Any]]:
    """Every vintage of the figures: approved ones for everybody who sees the plan, and
    unapproved ones (drafts, submitted) for those who report or approve them."""
    user = caller(request)
    plan = visible_plan(user, slug)
    rows = visible_figures(user, plan).select_related(
        "measure", "submission__agency", "entered_by", "approved_by"
    )
    if measure:
        rows = rows.filter(measure__key=measure)
    if unit_code:
        rows = rows.filter(unit_code=unit_code)
    if period:
        try:
            rows = rows.filter(period=str(parse_period(period)))
        except PeriodError:
            raise unprocessable(
                [EntryProblem(Place(field="period"), _not_a_period(period))]
            ) from None
    if approved is not None:
        rows = rows.filter(APPROVED) if approved else rows.exclude(APPROVED)
    rows = rows.order_by(
        "measure__target__no", "measure__position", "unit_code", "period", "as_of", "pk"
    )
    return [figure_out(f) for f in rows]


def _not_a_period(text: str) -> str:
    return _("“%(p)s” is not a period (2025, 2025-H1, 2025-9M, 2025-Q3, 2025-07)") % {"p": text}
