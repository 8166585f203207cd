"""Looking things up for the API with the caller's rights, and turning rows into outputs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.http import Http404
from django.utils.translation import gettext as _

from chitieu.api.errors import Refused, forbidden
from chitieu.web import commons
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.access import can_see_work_of, can_view_plan, role_of
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan


def language(lang: str | None) -> str:
    """ "vi" or "en": the ``lang`` parameter, else the request's language."""
    if lang:
        return "en" if lang.startswith("en") else "vi"
    return commons.ui_lang()


def visible_plan(user: Any, slug: str) -> Plan:
    """The plan, if the caller may see it (401 for anonymous callers, 404 if missing)."""
    plan = Plan.objects.filter(slug=slug).first()
    if plan is None:
        raise Http404(slug)
    if not can_view_plan(user, plan):
        if role_of(user) is None:
            raise Refused(401, _("This plan is not public: log in or send an API token."))
        raise forbidden()
    return plan


def visible_plans(user: Any) -> list[Plan]:
    return [p for p in Plan.objects.all() if can_view_plan(user, p)]


def number(value: Decimal) -> str:
    """An exact decimal as JSON text, without exponent ("4400000", "64.5")."""
    return format(value, "f")


# ---------------------------------------------------------------- figures


def _name(user: Any) -> str | None:
    return user.get_username() if user is not None else None


def figure_out(f: FigureRecord) -> dict[str, Any]:
    sub = f.submission
    return {
        "id": f.pk,
        "measure": f.measure.key,
        "unit_code": f.unit_code,
        "period": f.period,
        "value": number(f.to_core(f.measure.key).value),
        "stage": f.stage,
        "as_of": f.as_of,
        "source": f.source,
        "note": f.note,
        "version": f.version,
        "agency": sub.agency.code if sub else None,
        "report": sub.pk if sub else None,
        "report_status": sub.status if sub else None,
        "entered_by": _name(f.entered_by),
        "entered_at": f.entered_at,
        "approved_by": _name(f.approved_by),
        "approved_at": f.approved_at,
    }


# ---------------------------------------------------------------- reports


def visible_report(user: Any, report_id: int) -> Submission:
    sub = (
        Submission.objects.select_related(
            "plan", "agency", "created_by", "submitted_by", "decided_by"
        )
        .filter(pk=report_id)
        .first()
    )
    if sub is None:
        raise Http404(report_id)
    if not can_see_work_of(user, sub.agency):
        raise forbidden()
    return sub


def report_out(sub: Submission) -> dict[str, Any]:
    figures = sub.figures.select_related(
        "measure", "submission__agency", "entered_by", "approved_by"
    ).order_by("measure__target__no", "measure__position", "unit_code")
    return {
        "id": sub.pk,
        "plan": sub.plan.slug,
        "agency": sub.agency.code,
        "agency_name": sub.agency.name,
        "period": sub.period,
        "revision": sub.revision,
        "status": sub.status,
        "reason": sub.reason,
        "comment": sub.comment,
        "created_by": _name(sub.created_by),
        "submitted_by": _name(sub.submitted_by),
        "submitted_at": sub.submitted_at,
        "decided_by": _name(sub.decided_by),
        "decided_at": sub.decided_at,
        "figures": [figure_out(f) for f in figures],
    }


def agency_by_code(code: str) -> Agency | None:
    return Agency.objects.filter(code=code).first()
