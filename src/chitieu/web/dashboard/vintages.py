"""Every approved vintage of a target's figures for the plan's area, read-only, for the
target page (the units are summed up below it: :mod:`.unitscreen`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from chitieu.evaluation.results import MetricResult
from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, PeriodError, parse_period
from chitieu.vnnumbers import format_date, format_vi
from chitieu.web.dashboard.present import stage_label, ui_lang
from chitieu.web.figures.reading import measures_figures
from chitieu.web.plans.models import Plan
from chitieu.web.templatetags.vn import vn_date


@dataclass
class VintageRow:
    period: str
    unit: str
    value: str
    stage: str
    stage_label: str
    as_of: str
    source: str
    entered_by: str
    approved_by: str
    approved_at: str
    used: bool  # the evaluation shown relies on this vintage


def _person(user: Any) -> str:
    if user is None:
        return ""
    return str(user.get_full_name() or user.username)


def _period_order(text: str) -> tuple[int, bool, int, int]:
    """Years in order; in a year, its parts by how far they reach, then the whole year."""
    try:
        p: Period = parse_period(text)
    except PeriodError:
        return (0, False, 0, 0)
    return (p.last_year, p.is_term, p.end_month(), -p.months_covered())


def _period_label(text: str, lang: str) -> str:
    try:
        return parse_period(text).label(lang)
    except PeriodError:
        return text


def vintages(
    plan: Plan,
    results: list[MetricResult],
    as_of: date | None,
    show_people: bool,
) -> dict[str, list[VintageRow]]:
    """Per measure key, the area's approved vintages known on ``as_of``, oldest period
    first: one query, with who entered and approved them."""
    lang = ui_lang()
    keys = [r.metric.id for r in results]
    used = {
        r.metric.id: {(f.period, f.unit_code, f.stage, f.as_of) for f in r.explanation.figures}
        for r in results
    }
    records = (
        measures_figures(plan, keys)
        .filter(unit_code=plan.area_code)
        .select_related("measure", "entered_by", "approved_by")
    )
    if as_of is not None:
        records = records.filter(as_of__lte=as_of)
    rows = sorted(
        records,
        key=lambda r: (
            _period_order(r.period),
            r.as_of,
            Stage(r.stage).rank,
        ),
    )
    out: dict[str, list[VintageRow]] = {k: [] for k in keys}
    for r in rows:
        key = r.measure.key
        core = r.to_core(key)
        out[key].append(
            VintageRow(
                period=_period_label(r.period, lang),
                unit=plan.area_name,
                value=format_vi(core.value),
                stage=r.stage,
                stage_label=stage_label(r.stage),
                as_of=format_date(r.as_of),
                source=r.source,
                entered_by=_person(r.entered_by) if show_people else "",
                approved_by=_person(r.approved_by) if show_people else "",
                approved_at=vn_date(r.approved_at),
                used=(r.period, r.unit_code, r.stage, r.as_of.isoformat()) in used[key],
            )
        )
    return out
