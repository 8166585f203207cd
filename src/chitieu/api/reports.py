"""Writing: figures into an agency's report, and the report's workflow (submit, approve,
return). Everything goes through :mod:`chitieu.web.figures.services`, so the API checks
exactly what the entry pages check, saves all or nothing, and records who did it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router

from chitieu.api.auth import WRITE, caller
from chitieu.api.errors import forbidden, unprocessable
from chitieu.api.plans import router as plans_router
from chitieu.api.queries import agency_by_code, report_out, visible_plan, visible_report
from chitieu.api.schemas import READ_REFUSALS, WRITE_REFUSALS, FiguresIn, ReportOut, ReturnIn
from chitieu.web.figures import checks, services
from chitieu.web.figures.errors import EntryProblem, Place
from chitieu.web.figures.models import Submission
from chitieu.web.figures.scopes import measures_ever
from chitieu.web.people.access import agency_of, can_manage_plans, can_report_for
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan

router = Router(tags=["reports"], auth=WRITE)


def _agency(user: Any, code: str | None) -> Agency:
    if code is None:
        own = agency_of(user)
        if own is None:
            message = _("give the agency code: your account belongs to no agency")
            raise unprocessable([EntryProblem(Place(field="agency"), message)])
        return own
    agency = agency_by_code(code)
    if agency is None:
        raise unprocessable(
            [EntryProblem(Place(field="agency"), _("no agency has the code “%(c)s”") % {"c": code})]
        )
    return agency


def _rows(plan: Plan, payload: FiguresIn) -> list[checks.RawEntry]:
    return [
        checks.RawEntry(
            place=Place(item=i, field="measure"),
            measure_key=f.measure,
            unit_code=f.unit_code or plan.area_code,
            value=f.value,
            stage=f.stage or "",
            note=f.note,
            value_place=Place(item=i, field="value"),
            version=f.version,
            stage_place=Place(item=i, field="stage"),
            confirmed=payload.confirm,
        )
        for i, f in enumerate(payload.figures)
    ]


def _foreign_items(plan: Plan, agency: Agency, rows: list[checks.RawEntry]) -> list[EntryProblem]:
    """Items naming a measure of the plan that the agency does not report at all."""
    own = measures_ever(plan, agency)
    plan_keys = set(plan.measures.values_list("key", flat=True))
    return [
        EntryProblem(
            row.place,
            _("“%(m)s” is reported by another agency, not %(agency)s")
            % {"m": row.measure_key, "agency": agency.name},
        )
        for row in rows
        if row.measure_key in plan_keys and row.measure_key not in own
    ]


# On the plans router: one path, GET (read) and POST (enter), must live in one router.
@plans_router.post(
    "/plans/{slug}/figures",
    response={200: ReportOut, **WRITE_REFUSALS},
    auth=WRITE,
    tags=["reports"],
    url_name="enter_figures",
)
def enter_figures(request: HttpRequest, slug: str, payload: FiguresIn) -> dict[str, Any]:
    """Save figures into the agency's open report for the period (a draft), and submit it
    if asked. Every item is checked first; one problem and nothing is saved."""
    user = caller(request)
    plan = visible_plan(user, slug)
    agency = _agency(user, payload.agency)
    if not can_report_for(user, agency):
        raise forbidden(_("You may not report figures for %(agency)s.") % {"agency": agency.name})
    rows = _rows(plan, payload)
    # A reporter naming another agency's measure is asking for rights they do not have.
    if not can_manage_plans(user) and (foreign := _foreign_items(plan, agency, rows)):
        raise forbidden(_("You may report only your agency's measures."), foreign)
    period = checks.check_period(plan, payload.period)

    def enter() -> Submission:
        sub = services.save_entries(user, plan, agency, period, rows, payload.as_of)
        return services.submit(user, sub) if payload.submit else sub

    # One transaction: a submit that fails takes the saved figures back with it.
    return answered(enter)


def answered(change: Callable[[], Submission]) -> dict[str, Any]:
    """Make the change and build its answer in one transaction: an answer that cannot be
    built takes the change back, so a caller told 500 never has a change committed."""
    with transaction.atomic():
        out = report_out(change())
        ReportOut.model_validate(out)  # what ninja checks after the view, checked here
    return out


@router.get(
    "/reports/{int:report_id}", response={200: ReportOut, **READ_REFUSALS}, url_name="report"
)
def get_report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    """A report with its figures, for its agency, the approvers and the planning office."""
    return report_out(visible_report(caller(request), report_id))


@router.post(
    "/reports/{int:report_id}/submit",
    response={200: ReportOut, **WRITE_REFUSALS},
    url_name="submit",
)
def submit_report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    """Send a draft (or returned) report for approval; it can no longer be edited."""
    user = caller(request)
    return answered(lambda: services.submit(user, visible_report(user, report_id)))


@router.post(
    "/reports/{int:report_id}/approve",
    response={200: ReportOut, **WRITE_REFUSALS},
    url_name="approve",
)
def approve_report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    """Approve a submitted report: its figures count in the statuses from now on."""
    user = caller(request)
    return answered(lambda: services.approve(user, visible_report(user, report_id)))


@router.post(
    "/reports/{int:report_id}/return",
    response={200: ReportOut, **WRITE_REFUSALS},
    url_name="return",
)
def return_report(request: HttpRequest, report_id: int, payload: ReturnIn) -> dict[str, Any]:
    """Send a submitted report back to its agency, saying why."""
    user = caller(request)
    sub = visible_report(user, report_id)
    return answered(lambda: services.return_submission(user, sub, payload.comment))
