"""The dashboards: a plan at a glance, and one target in detail.

A review conference opens the same pages hundreds of times at once, so the page body
(everything but the per-visitor header) is rendered once per plan data version, as-of
date, language and audience, and kept in the worker's memory (chitieu.web.lru): the
visitors arriving while it is being made wait for that one rendering. A repeated request
reads the plan row and nothing else; approving figures bumps the plan's data version,
which changes the key (and drops the older version), so no stale page is ever served.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import pgettext

from chitieu.evaluation.engine import arrange
from chitieu.figures.vintages import current_figures
from chitieu.vnnumbers import format_date
from chitieu.web import commons
from chitieu.web.dashboard import charts, present
from chitieu.web.dashboard.reminders import Reminders, reminders
from chitieu.web.dashboard.unitscreen import MAX_QUERY, unit_screen
from chitieu.web.dashboard.vintages import vintages
from chitieu.web.figures.evaluation import evaluation, stored_core
from chitieu.web.lru import PlanCache
from chitieu.web.pages import viewable_plan
from chitieu.web.people.access import can_manage_plans
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans import program
from chitieu.web.plans.models import Plan
from chitieu.web.shell import render_kept


@dataclass
class AsOf:
    """The as-of date asked for, as typed back into the form, and any problem with it."""

    day: date | None
    text: str
    error: str = ""

    @property
    def query(self) -> str:
        """The query string that keeps this date on links to other dashboard pages."""
        return "?" + urlencode({"as_of": self.day.isoformat()}) if self.day else ""


def _as_of(request: HttpRequest) -> AsOf:
    typed = request.GET.get("as_of", "")
    try:
        day = commons.parse_day(typed)
    except commons.DateError:
        return AsOf(
            None,
            typed,
            pgettext(
                "dashboard",
                "“%(text)s” is not a date. Write it as day/month/year (15/10/2023) "
                "or year-month-day (2023-10-15). The latest figures are shown.",
            )
            % {"text": typed},
        )
    return AsOf(day, format_date(day) if day else "")


UPDATING = "X-Chitieu-Updating"  # a page of the previous version, while the new is computed

# Page bodies (everything but the per-visitor header), and whole pages for anonymous
# visitors: per process, by plan data version, bounded in number and bytes (CHITIEU_CACHE).
_BODIES: PlanCache[str] = PlanCache(
    settings.CHITIEU_CACHE["pages"], settings.CHITIEU_CACHE["page_bytes"]
)


def _body_key(request: HttpRequest, plan: Plan, as_of: date | None, page: str) -> tuple[Any, ...]:
    audience = "user" if request.user.is_authenticated else "anon"
    return (
        *plan.cache_key,
        page,
        as_of,
        commons.today(),  # tasks fall overdue as days pass
        commons.ui_lang(),
        audience,
    )


def _cached_body(
    request: HttpRequest, plan: Plan, as_of: date | None, page: str, make: Callable[[], str]
) -> str:
    return _BODIES.get_or_make(_body_key(request, plan, as_of, page), make)


def _exports(plan: Plan, as_of: AsOf) -> dict[str, str]:
    """The API's export paths (served by chitieu.api)."""
    base = f"/api/plans/{plan.slug}"
    return {
        "statuses_csv": f"{base}/statuses.csv{as_of.query}",
        "statuses_json": f"{base}/statuses.json{as_of.query}",
        "figures_csv": f"{base}/figures.csv",
    }


# Whole pages for anonymous visitors (the delegates of a conference on the public view):
# such a page holds no token and no name, so one copy per URL and language serves all.
_PAGES: PlanCache[bytes] = PlanCache(
    settings.CHITIEU_CACHE["pages"], settings.CHITIEU_CACHE["page_bytes"]
)


def _whole_page(
    request: HttpRequest, plan: Plan, render_page: Callable[[], HttpResponse]
) -> HttpResponse:
    if request.user.is_authenticated or request.COOKIES.get("messages"):
        return render_page()
    key = (*plan.cache_key, commons.today(), request.get_full_path(), commons.ui_lang())
    content = _PAGES.get(key)
    if content is None:
        response = render_page()
        if response.status_code != 200 or UPDATING in response:
            return response  # an error page, or the previous version's, is not kept
        content = response.content
        _PAGES.put(key, content)
    return HttpResponse(content)


# ---------------------------------------------------------------- the plan at a glance


def plan_view(request: HttpRequest, slug: str) -> HttpResponse:
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    return _whole_page(request, plan, lambda: _plan_page(request, plan))


def _plan_page(request: HttpRequest, plan: Plan) -> HttpResponse:
    as_of = _as_of(request)
    # While the new version is computed, the previous one is shown at once, marked.
    key = _body_key(request, plan, as_of.day, "plan")
    body, updating = _BODIES.get_or_previous(key, lambda: _plan_body(plan, as_of))
    due = _reminders(plan) if can_manage_plans(request.user) else None
    context = {
        "plan": plan,
        "as_of": as_of,
        "exports": _exports(plan, as_of),
        "reminders": due[1] if due else None,
        "reminder_period": due[1].window.period.label(commons.ui_lang())
        if due and due[1].window
        else "",
        "updating": updating,
    }
    # The as-of date and the exports follow from the path, which the shell's key holds.
    # No shell is kept of the previous version's page: keeping the new version anywhere
    # would drop the previous body that other visitors are shown meanwhile (lru.PlanCache).
    shell_key = (*plan.cache_key, due[0] if due else None)
    response = render_kept(
        request, "dashboard/plan.html", context, shell_key, {"body": body}, keep=not updating
    )
    if updating:
        response[UPDATING] = "1"  # kept by no cache: the next view shows the new version
        response["Cache-Control"] = "no-store"
    return response


# The planning office's reminders, per plan version, day and last audited write.
_REMINDERS: PlanCache[Reminders] = PlanCache(settings.CHITIEU_CACHE["evaluations"])


def _reminders(plan: Plan) -> tuple[tuple[Any, ...], Reminders]:
    """Who has not reported yet, and the tasks due, with the key they are kept by. That
    changes with reports sent, assignments and agencies, which leave the plan's data
    version alone; but every such write is audited (docs/security.md), so the newest
    audit event (one look at an index) says whether anything changed since they were
    worked out."""
    today = commons.today()
    last = AuditEvent.objects.aggregate(last=Max("pk"))["last"]
    key = (*plan.cache_key, today, last)
    return key, _REMINDERS.get_or_make(key, lambda: reminders(plan, today))


def _plan_body(plan: Plan, as_of: AsOf) -> str:
    lang = commons.ui_lang()
    result = evaluation(plan, as_of.day)
    targets = [present.target_row(t, lang) for t in result.targets]
    links = {
        t.no: reverse("dashboard:target", args=[plan.slug, t.no]) + as_of.query for t in targets
    }
    kpis = present.kpis(result, lang)
    groups = present.group_rows(result)
    overdue, near = program.due_tasks(plan, commons.today())
    return render_to_string(
        "dashboard/_plan_body.html",
        {
            "headline": result.headline(lang),
            "kpis": kpis,
            "groups": groups,
            "groups_chart": charts.groups_chart(groups, kpis),
            "targets": [(t, links[t.no]) for t in targets],
            "overdue_tasks": overdue,
            "near_tasks": near,
            "program_url": reverse("plans:program", args=[plan.slug]),
        },
    )


# ---------------------------------------------------------------- one target in detail


def target_view(request: HttpRequest, slug: str, no: int) -> HttpResponse:
    plan = viewable_plan(request, slug)
    if isinstance(plan, HttpResponse):
        return plan
    return _whole_page(request, plan, lambda: _target_page(request, plan, no))


@dataclass(frozen=True)
class UnitsAsked:
    """The page of the units' list and the text searched, as the query string gives them."""

    query: str
    page: int

    @classmethod
    def of(cls, request: HttpRequest) -> UnitsAsked:
        page = request.GET.get("page", "")
        return cls(request.GET.get("q", "").strip()[:MAX_QUERY], int(page) if page.isdigit() else 1)

    @property
    def key(self) -> str:
        """A cache-key part: the page and a digest of the text (any characters)."""
        return f"{self.page}-{hashlib.sha256(self.query.encode()).hexdigest()[:16]}"


def _target_page(request: HttpRequest, plan: Plan, no: int) -> HttpResponse:
    as_of = _as_of(request)
    show_people = request.user.is_authenticated
    asked = UnitsAsked.of(request)
    body = _cached_body(
        request,
        plan,
        as_of.day,
        f"target-{no}-{asked.key}",
        lambda: _target_body(plan, no, as_of, show_people, asked),
    )
    context = {
        "plan": plan,
        "no": no,
        "as_of": as_of,
        "plan_url": reverse("dashboard:plan", args=[plan.slug]) + as_of.query,
    }
    # The target, the as-of date and the units asked follow from the path, in the key.
    return render_kept(request, "dashboard/target.html", context, plan.cache_key, {"body": body})


def history_url(plan: Plan, key: str) -> str:
    """The data-entry app's history page of a measure."""
    try:
        return reverse("figures:history", args=[plan.slug, key])
    except NoReverseMatch:  # the page's name is not registered (yet): its documented path
        return f"/figures/history/{plan.slug}/{key}/"


def _target_body(plan: Plan, no: int, as_of: AsOf, show_people: bool, asked: UnitsAsked) -> str:
    lang = commons.ui_lang()
    result = evaluation(plan, as_of.day)
    found = next((t for t in result.targets if t.target.no == no), None)
    if found is None:
        raise Http404(pgettext("dashboard", "This plan has no target %(no)d.") % {"no": no})
    core, area = stored_core(plan)
    # the charts draw the area's series (the units counted come with the result)
    series = arrange(core, current_figures(area, as_of.day))
    history = vintages(plan, found.metrics, as_of.day, show_people)
    measures: list[dict[str, Any]] = []
    for metric_result in found.metrics:
        key = metric_result.metric.id
        manual = metric_result.metric.manual if metric_result.assessed is not None else None
        measures.append(
            {
                "row": present.measure_row(metric_result, lang),
                "chart": charts.measure_chart(core, metric_result, series[key]),
                "chart_data_id": f"chart-{key}-data",
                "formula": present.formula_text(metric_result.explanation.formula),
                "steps": present.steps(metric_result.explanation, lang),
                "manual": manual,
                "manual_status": (
                    metric_result.assessed.label(lang) if metric_result.assessed else ""
                ),
                "manual_on": format_date(manual.on) if manual and manual.on else "",
                "vintages": history[key],
                "history_url": history_url(plan, key) if show_people else "",
            }
        )
    return render_to_string(
        "dashboard/_target_body.html",
        {
            "target": present.target_row(found, lang),
            "measures": measures,
            "show_people": show_people,
            "units": unit_screen(
                plan, core, found.target, as_of.day, asked.query, asked.page, lang
            ),
            "units_url": _units_url(plan, no, as_of, asked.query),
            "as_of_iso": as_of.day.isoformat() if as_of.day else "",
        },
    )


def _units_url(plan: Plan, no: int, as_of: AsOf, query: str) -> str:
    """The target page's address keeping the date and the search; a page number follows."""
    params = {"as_of": as_of.day.isoformat()} if as_of.day else {}
    if query:
        params["q"] = query
    return (
        reverse("dashboard:target", args=[plan.slug, no]) + "?" + urlencode({**params, "page": ""})
    )
