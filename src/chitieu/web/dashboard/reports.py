"""The Reports page: the review document of any period, downloaded as .docx, .xlsx or .pdf.

The document is the core's (chitieu.reports), built from the approved figures as they
stood on the chosen date, exactly as `chitieu report` builds it from files.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import pgettext

from chitieu.figures.periods import Period, PeriodKind
from chitieu.figures.regime import latest_closed, reporting_windows
from chitieu.reports import FORMATS, MEDIA_TYPES, ReportError, ReviewKind, build_review, filename
from chitieu.reports import render as render_document
from chitieu.web import commons
from chitieu.web.figures.evaluation import plan_figures, stored_plan
from chitieu.web.pages import viewable_plan
from chitieu.web.plans.models import Plan
from chitieu.web.plans.program import task_lines
from chitieu.web.problems import said


def report_periods(plan: Plan) -> list[Period]:
    """The periods a review is held for: 6 and 9 months and the year, then the whole term."""
    periods = [w.period for w in reporting_windows(plan.start_year, plan.end_year)]
    return [*periods, Period(plan.start_year, PeriodKind.TERM, 0, plan.end_year)]


def default_period(plan: Plan) -> Period:
    """The period the page offers: the latest whose review can be written today (its data
    window has closed), the first of the term before any has."""
    windows = reporting_windows(plan.start_year, plan.end_year)
    latest = latest_closed(commons.today(), windows)
    return latest.period if latest is not None else windows[0].period


def reports_view(request: HttpRequest, slug: str) -> HttpResponse:
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    lang = commons.ui_lang()
    choice = {
        "period": request.GET.get("period") or str(default_period(plan)),
        "as_of": request.GET.get("as_of", ""),
        "kind": request.GET.get("kind", ReviewKind.REVIEW.value),
        "lang": request.GET.get("lang", lang),
        "format": request.GET.get("format", ""),
    }
    error = ""
    if choice["format"]:
        try:
            return _download(plan, choice)
        except ReportError as exc:
            reason = said(exc)
            error = pgettext("reports", "No document: %(reason)s") % {"reason": reason}
        except commons.DateError:
            error = pgettext("reports", "“%(text)s” is not a date: write it as 15/10/2023.") % {
                "text": choice["as_of"]
            }
    periods = [(str(p), p.label(lang)) for p in report_periods(plan)]
    kinds = [
        (ReviewKind.REVIEW.value, pgettext("reports", "review of a period")),
        (ReviewKind.MIDTERM.value, pgettext("reports", "mid-term review")),
        (ReviewKind.FINAL.value, pgettext("reports", "final review of the term")),
    ]
    return render(
        request,
        "dashboard/reports.html",
        {
            "plan": plan,
            "periods": periods,
            "kinds": kinds,
            "formats": FORMATS,
            "choice": choice,
            "error": error,
        },
        status=400 if error else 200,
    )


def _download(plan: Plan, choice: dict[str, str]) -> HttpResponse:
    if choice["format"] not in FORMATS:
        raise ReportError("format", "report.format", v=choice["format"])
    as_of = commons.parse_day(choice["as_of"])
    review = build_review(
        stored_plan(plan),
        plan_figures(plan, as_of),
        choice["period"],
        as_of=as_of,
        kind=choice["kind"],
        lang=choice["lang"],
        tasks=task_lines(plan),
    )
    fmt = choice["format"]
    response = HttpResponse(render_document(review, fmt), content_type=MEDIA_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename(review, fmt)}"'
    return response
