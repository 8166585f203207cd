"""Data entry: the reporting calendar, an agency's report for a period (form, Excel
template and upload), and corrections of an approved report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chitieu.figures.periods import Period
from chitieu.figures.regime import Regime, ReportingWindow, period_due_on
from chitieu.vnnumbers import format_date
from chitieu.web import commons
from chitieu.web.figures import excel
from chitieu.web.figures.checks import TEXT_MAX_LENGTH, agency_gone, check_entries, check_period
from chitieu.web.figures.errors import (
    ConflictError,
    EntryError,
    EntryProblem,
    NotAllowed,
    Place,
    Unconfirmed,
)
from chitieu.web.figures.forms import (
    LinesFormSet,
    ReportForm,
    attach,
    problem_text,
    retyped,
)
from chitieu.web.figures.lines import (
    Line,
    assigned_lines,
    entry_lines,
    plan_windows,
    regime_of,
    report_date_of,
    stage_choices,
    window_of,
)
from chitieu.web.figures.models import ReportingRegime, Submission
from chitieu.web.figures.paging import Asked, Paged, page_of
from chitieu.web.figures.scopes import Scopes, scope
from chitieu.web.figures.services import (
    current_submission,
    save_entries,
    start_correction,
    submit,
)
from chitieu.web.people.access import (
    can_approve_for,
    can_report_for,
    figures_for_all,
    reportable_agencies,
)
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan

# A refused upload lists this many of its problems, and counts the others.
PROBLEMS_SHOWN = 100

# ---------------------------------------------------------------- the calendar


@dataclass
class Cell:
    """An agency's report for a period, or the figures imported for its measures."""

    agency: Agency
    sub: Submission | None
    imported: int = 0  # of the agency's (measure, unit) pairs, how many have imported figures
    assigned: int = 0  # how many (measure, unit) pairs the agency reports for the period

    @property
    def reports(self) -> bool:
        """Whether the agency reports this period (it is in force at its end, with measures)."""
        return self.assigned > 0

    @property
    def partly_imported(self) -> bool:
        return 0 < self.imported < self.assigned


@dataclass
class PeriodRow:
    window: ReportingWindow
    label: str
    current: bool
    cells: list[Cell]


@dataclass
class PlanBlock:
    plan: Plan
    agencies: list[Agency]
    regime: Regime
    act: str
    current: ReportingWindow | None = None
    current_label: str = ""
    rows: list[PeriodRow] = field(default_factory=list)


@login_required
@require_GET
def entry_home(request: HttpRequest) -> HttpResponse:
    """The reporting periods of each plan, for every agency the user reports for: each
    period under the agency in force at its end (a merged agency's successor after it)."""
    allowed = reportable_agencies(request.user)
    lineage = timeline()
    lang = commons.ui_lang()
    blocks = []
    for plan in Plan.objects.all():
        windows = plan_windows(plan)
        scopes = Scopes(plan, lineage)
        pairs = {
            (a.pk, str(w.period)): {(s.measure_id, s.unit_code) for s in scopes.of(a, w.period)}
            for a in allowed
            for w in windows
        }
        agencies = [a for a in allowed if any(pairs[(a.pk, str(w.period))] for w in windows)]
        if not agencies:
            continue
        imported = _imported(plan, {m for mine in pairs.values() for m, _u in mine})
        current = period_due_on(commons.today(), windows)
        latest: dict[tuple[int, str], Submission] = {}
        subs = Submission.objects.filter(plan=plan, agency__in=agencies).order_by("revision")
        for sub in subs:
            latest[(sub.agency_id, sub.period)] = sub  # the highest revision wins
        stored = ReportingRegime.objects.filter(area_code=plan.area_code).first()
        block = PlanBlock(plan, agencies, regime_of(plan), stored.act if stored else "", current)
        block.current_label = current.period.label(lang) if current else ""
        for w in windows:
            p = str(w.period)
            cells = []
            for a in agencies:
                mine = pairs[(a.pk, p)]
                done = sum(1 for m, u in mine if (m, u, p) in imported)
                cells.append(Cell(a, latest.get((a.pk, p)) if mine else None, done, len(mine)))
            block.rows.append(PeriodRow(w, w.period.label(lang), w == current, cells))
        blocks.append(block)
    return render(request, "figures/entry_home.html", {"blocks": blocks})


def _imported(plan: Plan, measures: set[int]) -> set[tuple[int, str, str]]:
    """The (measure, unit, period) points of ``measures`` with approved figures imported
    from a file: a period reported that way is no longer "not started"."""
    points = (
        figures_for_all(plan)
        .filter(submission__isnull=True, measure_id__in=measures)
        .order_by()  # the model's ordering would make each vintage a distinct row
        .values_list("measure_id", "unit_code", "period")
        .distinct()
    )
    return set(points)


# ---------------------------------------------------------------- one report


@dataclass
class Opened:
    """The report page's subject, after the permission and period checks."""

    plan: Plan
    agency: Agency
    period: Period
    sub: Submission | None


class BadPeriod(Exception):
    def __init__(self, error: EntryError):
        self.error = error


def _open(request: HttpRequest, plan_slug: str, agency_code: str, period: str) -> Opened:
    plan = get_object_or_404(Plan, slug=plan_slug)
    agency = get_object_or_404(Agency, code=agency_code)
    if not can_report_for(request.user, agency):
        raise PermissionDenied(_("You do not report for %(agency)s.") % {"agency": agency.name})
    try:
        checked = check_period(plan, period)
    except EntryError as e:
        raise BadPeriod(e) from None
    # a report belongs to the agency in force at the period's end
    gone = agency_gone(agency, checked)
    if gone:
        raise BadPeriod(EntryError([EntryProblem(Place(field="agency"), gone)]))
    return Opened(plan, agency, checked, current_submission(plan, agency, checked))


def _bad_period(request: HttpRequest, error: EntryError) -> HttpResponse:
    context = {"errors": [problem_text(p) for p in error.problems]}
    return render(request, "figures/bad_period.html", context, status=404)


def entry_url(page: Opened) -> str:
    return reverse("figures:entry", args=[page.plan.slug, page.agency.code, str(page.period)])


def _paged(request: HttpRequest, page: Opened) -> Paged:
    """The lines of the page asked (``?page=``, ``?q=``): all of a report that fits one."""
    assigned = scope(page.plan, page.agency, page.period)
    return page_of(assigned, page.sub, Asked.of(request), page.plan.area_code)


def _page_lines(page: Opened, paged: Paged) -> list[Line]:
    return assigned_lines(page.plan, page.period, paged.assigned, page.sub)


def _render(
    request: HttpRequest,
    page: Opened,
    lines: list[Line] | None = None,
    *,
    paged: Paged | None = None,
    errors: list[str] | None = None,
    as_of_errors: list[str] | None = None,
    warnings: list[str] | None = None,
    correction_errors: list[str] | None = None,
    as_of: str | None = None,
    reason: str = "",
    status: int = 200,
) -> HttpResponse:
    sub = page.sub
    paged = paged or _paged(request, page)
    lines = lines if lines is not None else _page_lines(page, paged)
    editable = sub is None or sub.is_editable
    revisions = Submission.objects.filter(
        plan=page.plan, agency=page.agency, period=str(page.period)
    ).select_related("created_by", "submitted_by", "decided_by")
    context = {
        "plan": page.plan,
        "agency": page.agency,
        "period": page.period,
        "period_label": page.period.label(commons.ui_lang()),
        "window": window_of(page.plan, page.period),
        "sub": sub,
        "editable": editable,
        "lines": lines,
        "stages": stage_choices(),
        "as_of": as_of if as_of is not None else format_date(report_date_of(sub)),
        "errors": errors or [],
        "as_of_errors": as_of_errors or [],
        "warnings": warnings or [],
        "correction_errors": correction_errors or [],
        "reason": reason,
        "revisions": revisions,
        "can_correct": sub is not None and sub.status == "approved",
        "can_approve": sub is not None and can_approve_for(request.user, page.agency),
        "entry_url": entry_url(page),
        "form_url": entry_url(page) + paged.params(),
        "paged": paged,
        "pager": paged.links(entry_url(page)),
        "text_max_length": TEXT_MAX_LENGTH,
    }
    return render(request, "figures/entry.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def entry(request: HttpRequest, plan_slug: str, agency_code: str, period: str) -> HttpResponse:
    """An agency's report for a period: the form, or the report read-only once submitted."""
    try:
        page = _open(request, plan_slug, agency_code, period)
    except BadPeriod as bad:
        return _bad_period(request, bad.error)
    if request.method == "GET":
        return _render(request, page)

    # The page posted only its own lines: those are checked and saved, the others kept.
    paged = _paged(request, page)
    lines = _page_lines(page, paged)
    rows, problems = LinesFormSet(request.POST, lines).rows()
    report = ReportForm(request.POST)
    report.is_valid()
    if "action" in report.errors:
        return HttpResponse(status=400)
    problems += report.date_problems
    as_of: date | None = report.cleaned_data.get("as_of")
    as_of_text = str(report["as_of"].value() or "")
    action = report.cleaned_data["action"] or "save"
    try:
        if problems:  # list the services' findings too, so every problem shows at once
            try:
                check_entries(page.plan, page.agency, page.period, rows)
            except EntryError as more:
                problems += more.problems
            raise EntryError(problems)
        with transaction.atomic():
            sub = save_entries(request.user, page.plan, page.agency, page.period, rows, as_of)
            if action == "submit":
                submit(request.user, sub)
    except NotAllowed:
        raise PermissionDenied from None
    except Unconfirmed as e:
        # Values that may be slips: shown with their warnings, saved once confirmed.
        texts = attach(e.problems, lines, into="doubts")
        return _render(
            request, page, lines, paged=paged, warnings=texts, as_of=as_of_text, status=400
        )
    except ConflictError as e:
        # Someone changed these values meanwhile: show the report as it is now (its new
        # versions), with what this writer typed kept in the form to check and save again.
        page.sub = current_submission(page.plan, page.agency, page.period)
        paged = _paged(request, page)
        fresh = retyped(_page_lines(page, paged), lines)
        texts = attach(e.problems, fresh)
        return _render(
            request, page, fresh, paged=paged, errors=texts, as_of=as_of_text, status=409
        )
    except EntryError as e:
        texts = attach(e.problems, lines)
        dated = [problem_text(p) for p in e.problems if p.place.field == "as_of"]
        return _render(
            request,
            page,
            lines,
            paged=paged,
            errors=texts,
            as_of_errors=dated,
            as_of=as_of_text,
            status=400,
        )
    if action == "submit":
        messages.success(request, _("The report was submitted for approval."))
    else:
        messages.success(request, _("The draft was saved."))
    return redirect(entry_url(page) + paged.params())


@login_required
@require_POST
def correct(request: HttpRequest, plan_slug: str, agency_code: str, period: str) -> HttpResponse:
    """Open a correction of the approved report (a new revision; the old figures stay)."""
    try:
        page = _open(request, plan_slug, agency_code, period)
    except BadPeriod as bad:
        return _bad_period(request, bad.error)
    reason = request.POST.get("reason", "")
    try:
        start_correction(request.user, page.plan, page.agency, page.period, reason)
    except NotAllowed:
        raise PermissionDenied from None
    except EntryError as e:
        texts = [problem_text(p) for p in e.problems]
        return _render(request, page, correction_errors=texts, reason=reason, status=400)
    messages.success(
        request,
        _("A correction was opened. Enter the corrected figures and submit them for approval."),
    )
    return redirect(entry_url(page))


# ---------------------------------------------------------------- Excel


@login_required
@require_GET
def template(request: HttpRequest, plan_slug: str, agency_code: str, period: str) -> HttpResponse:
    """The Excel template of the report, filled with the draft's values."""
    try:
        page = _open(request, plan_slug, agency_code, period)
    except BadPeriod as bad:
        return _bad_period(request, bad.error)
    lines = entry_lines(page.plan, page.agency, page.period, page.sub)
    data = excel.template(
        page.plan, page.agency, page.period, lines, report_date_of(page.sub), commons.ui_lang()
    )
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = f"{page.plan.slug}_{page.agency.code}_{page.period}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
