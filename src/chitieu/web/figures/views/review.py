"""Deciding reports (approve or return) and the history of a measure's figures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.figures.model import Stage
from chitieu.figures.periods import parse_period
from chitieu.web import commons
from chitieu.web.figures.checks import TEXT_MAX_LENGTH
from chitieu.web.figures.errors import EntryError, EntryProblem, NotAllowed
from chitieu.web.figures.forms import problem_text
from chitieu.web.figures.lines import (
    goals,
    report_lines,
    show_value,
    status_text,
    unit_names,
)
from chitieu.web.figures.models import Submission, SubmissionStatus
from chitieu.web.figures.services import approve, return_submission, stage_label
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import (
    can_approve_any,
    can_approve_for,
    can_report_for,
    can_see_work_of,
    role_of,
    visible_events,
    visible_figures,
)
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import AuditEvent
from chitieu.web.people.trail import report_name
from chitieu.web.people.trailwords import action_label, field_words, note_text, value_text

RECENT = 30  # decisions listed under the waiting reports

# ---------------------------------------------------------------- approvals


@login_required
@require_GET
def approvals(request: HttpRequest) -> HttpResponse:
    """Reports waiting for the user's decision, and the latest decisions."""
    if not can_approve_any(request.user):
        raise PermissionDenied
    related = ("plan", "agency", "submitted_by", "decided_by")
    lineage = timeline()  # read once: approvers decide for the agencies theirs carries on
    waiting = [
        s
        for s in Submission.objects.filter(status=SubmissionStatus.SUBMITTED)
        .select_related(*related)
        .order_by("submitted_at", "pk")
        if can_approve_for(request.user, s.agency, lineage)
    ]
    decided = [
        s
        for s in Submission.objects.filter(
            status__in=[SubmissionStatus.APPROVED, SubmissionStatus.RETURNED]
        )
        .select_related(*related)
        .order_by("-decided_at", "-pk")[: RECENT * 3]
        if can_approve_for(request.user, s.agency, lineage)
    ][:RECENT]
    lang = commons.ui_lang()
    return render(
        request,
        "figures/approvals.html",
        {
            "waiting": [(s, parse_period(s.period).label(lang)) for s in waiting],
            "decided": [(s, parse_period(s.period).label(lang)) for s in decided],
        },
    )


def _report_page(
    request: HttpRequest,
    sub: Submission,
    problems: list[EntryProblem],
    comment: str,
    status: int = 200,
) -> HttpResponse:
    may_decide = can_approve_for(request.user, sub.agency)
    return render(
        request,
        "figures/report.html",
        {
            "sub": sub,
            "status_text": status_text(sub),
            "period_label": parse_period(sub.period).label(commons.ui_lang()),
            "lines": report_lines(sub),
            "may_decide": may_decide and sub.status == SubmissionStatus.SUBMITTED,
            "may_report": can_report_for(request.user, sub.agency),
            "errors": [problem_text(p) for p in problems],
            "comment_error": any(p.place.field == "comment" for p in problems),
            "comment": comment,
            "text_max_length": TEXT_MAX_LENGTH,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """One report's figures, with approve and return for those who decide it."""
    sub = get_object_or_404(
        Submission.objects.select_related(
            "plan", "agency", "created_by", "submitted_by", "decided_by"
        ),
        pk=pk,
    )
    user = request.user
    if request.method == "GET":
        if not can_see_work_of(user, sub.agency):
            raise PermissionDenied
        return _report_page(request, sub, [], "")
    if not can_approve_for(user, sub.agency):
        raise PermissionDenied
    action = request.POST.get("action")
    comment = request.POST.get("comment", "")
    try:
        if action == "approve":
            approve(user, sub)
            messages.success(request, _("The report was approved; its figures now count."))
        elif action == "return":
            return_submission(user, sub, comment)
            messages.success(request, _("The report was returned to the agency."))
        else:
            return HttpResponse(status=400)
    except NotAllowed:
        raise PermissionDenied from None
    except EntryError as e:
        sub.refresh_from_db()
        return _report_page(request, sub, e.problems, comment, status=400)
    return redirect(reverse("figures:approvals"))


# ---------------------------------------------------------------- history


@dataclass
class Change:
    event: AuditEvent
    action: str
    what: str
    field: str
    old: str
    new: str
    note: str


def _change(ev: AuditEvent, what: str) -> Change:
    """A recorded change in the trail's words (the same as on the audit page)."""
    return Change(
        ev,
        action_label(ev.action, ev.object_type),
        what,
        field_words(ev.object_type, ev.field).label if ev.field else "",
        value_text(ev, ev.old, {}),
        value_text(ev, ev.new, {}),
        note_text(ev.action, ev.comment),
    )


@require_GET
def history(request: HttpRequest, plan_slug: str, measure_key: str) -> HttpResponse:
    """Every vintage of a measure's figures, and every recorded change to them."""
    plan = viewable_plan(request, plan_slug)
    if isinstance(plan, HttpResponse):
        return plan  # anonymous on a plan that is not public: log in first
    measure = get_object_or_404(plan.measures.select_related("target"), key=measure_key)
    figures = (
        visible_figures(request.user, plan)
        .filter(measure=measure)
        .select_related("submission", "submission__agency", "entered_by", "approved_by")
    )
    signed_in = role_of(request.user) is not None
    rows = sorted(
        figures,
        key=lambda f: (
            parse_period(f.period).by_end(),
            f.unit_code,
            f.as_of,
            Stage(f.stage).rank,
        ),
    )
    lang = commons.ui_lang()
    names = unit_names(f.unit_code for f in rows)
    sub_ids = {f.submission_id for f in rows if f.submission_id is not None}
    # Who changed what is for the people working on the plan, not for anonymous visitors.
    events = (
        AuditEvent.objects.none()
        if not signed_in
        else visible_events(request.user)
        .filter(
            Q(object_type="figurerecord", object_id__in=[str(f.pk) for f in rows])
            | Q(object_type="submission", object_id__in=[str(i) for i in sub_ids])
        )
        .select_related("user")
    )
    by_id = {str(f.pk): f for f in rows}
    subs = {str(f.submission_id): f.submission for f in rows if f.submission is not None}
    changes = []
    for ev in events:
        if ev.object_type == "figurerecord":
            f = by_id[ev.object_id]
            what = f"{parse_period(f.period).label(lang)} · {names.get(f.unit_code, f.unit_code)}"
        else:
            what = report_name(subs[ev.object_id])
        changes.append(_change(ev, what))
    vintages = [
        {
            "figure": f,
            "period": parse_period(f.period).label(lang),
            "unit": names.get(f.unit_code, f.unit_code),
            "value": show_value(f),
            "stage": stage_label(f.stage),
            # file:line of an import; the server's directories are nobody's business
            "origin": PurePath(f.origin).name if f.origin else "",
        }
        for f in rows
    ]
    return render(
        request,
        "figures/history.html",
        {
            "plan": plan,
            "measure": measure,
            "goal": goals(plan).get(measure.key, ""),
            "vintages": vintages,
            "changes": changes,
            "signed_in": signed_in,
        },
    )
