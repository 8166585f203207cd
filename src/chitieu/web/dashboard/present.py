"""Evaluation results turned into what the dashboards show: rows of text, in the UI's
language, with every number and date written the Vietnamese way (1.234,5; 25/9/2020)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import pgettext

from chitieu.evaluation.explain import Explanation, Step
from chitieu.evaluation.forecasts import requirement
from chitieu.evaluation.kinds import LEVEL_KINDS
from chitieu.evaluation.results import MetricResult, PlanResult, TargetResult
from chitieu.evaluation.statuses import Status, target_text
from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, PeriodError, parse_period
from chitieu.targets.model import Group, Kind, Metric
from chitieu.vnnumbers import format_vi
from chitieu.web.commons import ui_lang as ui_lang  # the pages' one rule, re-exported

GROUP_ORDER = [g.value for g in Group] + [""]


def number(value: Decimal | None, trim: int | None = None) -> str:
    """A number the Vietnamese way; ``trim`` rounds to that many places, dropping zeros."""
    if value is None:
        return "–"
    return format_vi(value, trim, trim=True) if trim is not None else format_vi(value)


def with_unit(
    value: Decimal | None, unit: str, trim: int | None = None, signed: bool = False
) -> str:
    """64,5% · 4.200.000 lượt khách · +2,17 xã (units after a space, % glued on)."""
    text = number(value, trim)
    if signed and value is not None and value > 0:
        text = "+" + text
    if not unit or value is None:
        return text
    return f"{text}{'' if unit.startswith('%') else ' '}{unit}"


def stage_label(stage: str) -> str:
    labels = {
        Stage.PLAN.value: pgettext("figure stage", "plan"),
        Stage.ESTIMATE.value: pgettext("figure stage", "estimate"),
        Stage.PRELIMINARY.value: pgettext("figure stage", "preliminary"),
        Stage.OFFICIAL.value: pgettext("figure stage", "official"),
    }
    return labels.get(stage, stage)


def group_label(group: str) -> str:
    labels = {
        Group.ECONOMY.value: pgettext("dashboard", "Economy"),
        Group.SOCIETY.value: pgettext("dashboard", "Society"),
        Group.ENVIRONMENT.value: pgettext("dashboard", "Environment"),
        Group.DEFENCE_SECURITY.value: pgettext("dashboard", "Defence and security"),
        Group.PARTY_BUILDING.value: pgettext("dashboard", "Party building"),
    }
    return labels.get(group, pgettext("dashboard", "Other targets"))


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.LEVEL_AT_END: pgettext("dashboard", "level reached in the end year"),
        Kind.AVERAGE_ANNUAL_GROWTH: pgettext("dashboard", "average yearly growth over the term"),
        Kind.EVERY_YEAR: pgettext("dashboard", "must hold every year"),
        Kind.CUMULATIVE_OVER_TERM: pgettext("dashboard", "total over the term"),
        Kind.REDUCTION_PER_YEAR: pgettext("dashboard", "yearly reduction"),
        Kind.SHARE_STRUCTURE: pgettext("dashboard", "share in the economic structure"),
        Kind.COUNT_OF_UNITS: pgettext("dashboard", "number of units meeting a standard"),
        Kind.OTHER: pgettext("dashboard", "assessed by a person"),
    }
    return labels[kind]


def steps(explanation: Explanation, lang: str) -> list[str]:
    """The explanation's steps in the UI language, their numbers always Vietnamese.

    The core writes numbers the English way in English text; the web UI writes them the
    Vietnamese way in both languages, so numbers are formatted before the step renders.
    """
    return [_vi_numbers(s).render(lang) for s in explanation.steps]


def _vi_numbers(step: Step) -> Step:
    params: dict[str, Any] = {}
    for key, value in step.params.items():
        if isinstance(value, Decimal):
            params[key] = format_vi(value)
        elif isinstance(value, tuple):  # (separator, numbers)
            sep, items = value
            params[key] = sep.join(format_vi(v) for v in items)
        elif isinstance(value, Metric):
            params[key] = target_text(value, "vi")
        else:
            params[key] = value
    return Step(step.code, params)


# ---------------------------------------------------------------- rows


@dataclass
class MeasureRow:
    key: str
    name: str
    unit: str
    kind: str
    kind_label: str
    value: str  # the value judged, with its unit
    value_note: str  # the period(s) behind it and "ước" when an estimate
    not_official: bool  # the value rests on an estimate (ước) or a preliminary figure (sơ bộ)
    target: str
    status: str  # the css suffix: status-<status>
    status_label: str
    assessed: bool  # a person's judgement (kind "other")
    final: bool
    forecast_class: str = ""
    forecast_label: str = ""
    required: str = ""
    projected: str = ""
    progress_ratio: str = ""
    remaining_years: int = 0
    reported_early: bool = False  # rests on a figure reported before its period ended
    part_year: str = ""  # the latest part-year figure, shown, not judged


@dataclass
class TargetRow:
    no: int
    text: str
    group: str
    group_label: str
    status: str
    status_label: str
    final: bool
    lead_agency: str
    measures: list[MeasureRow]


def _periods_used(result: MetricResult) -> list[tuple[Period, str]]:
    """The whole-year and whole-term figures the value rests on, with their stages."""
    out = []
    for f in result.explanation.figures:
        try:
            period = parse_period(f.period)
        except PeriodError:
            continue
        if period.is_annual or period.is_term:
            out.append((period, f.stage))
    return out


def _value_basis(result: MetricResult) -> tuple[str, bool, str]:
    """(period text, not official yet, stage note) of the figures behind the value."""
    used = _periods_used(result)
    if not used or result.value is None:
        return ("", False, "")
    periods = [p for p, _stage in used]
    latest = max(periods, key=lambda p: (p.last_year, p.is_term))
    if latest.is_term:
        period = f"{latest.year}–{latest.end_year}"
    elif result.metric.kind in LEVEL_KINDS:
        period = str(latest.year)
    elif result.years:  # every-year kinds: the years judged (a reduction also uses the one before)
        first, last = result.years[0].year, result.years[-1].year
        period = f"{first}–{last}" if first != last else str(first)
    else:
        first = min(p.year for p in periods)
        period = f"{first}–{latest.last_year}" if first != latest.last_year else str(first)
    stages = {s for p, s in used if p == latest}
    worst = min(stages, key=lambda s: Stage(s).rank)
    estimate = worst in (Stage.ESTIMATE.value, Stage.PRELIMINARY.value)
    return (period, estimate, stage_label(worst) if estimate else "")


def part_year_text(result: MetricResult, lang: str) -> str:
    """ "6 tháng đầu năm 2025: 7,4% (ước)": the part-year figure the core shows."""
    f = result.part_year
    if f is None:
        return ""
    text = pgettext("dashboard", "%(period)s: %(value)s") % {
        "period": parse_period(f.period).label(lang),
        "value": with_unit(f.value, result.metric.unit),
    }
    if f.stage != Stage.OFFICIAL.value:
        text += f" ({stage_label(f.stage)})"
    return text


def required_text(result: MetricResult) -> str:
    """What the remaining years need: a rate, an amount a year, or each year's bound."""
    need = requirement(result, ui_lang(), numbers="vi")  # the core's wording, as documents
    if need is None:
        return ""
    if need.every_year:
        return pgettext("dashboard", "each year %(target)s") % {
            "target": target_text(result.metric, "vi")
        }
    return pgettext("dashboard", "%(value)s per year") % {"value": need.text}


def measure_row(result: MetricResult, lang: str) -> MeasureRow:
    m = result.metric
    period, estimate, note = _value_basis(result)
    shown = result.effective_status
    row = MeasureRow(
        key=m.id,
        name=m.name,
        unit=m.unit,
        kind=m.kind.value,
        kind_label=kind_label(m.kind),
        value=with_unit(result.value, m.unit) if result.value is not None else "–",
        value_note=" · ".join(x for x in (period, note) if x),
        not_official=estimate,
        target=target_text(m, "vi"),
        status=shown.value,
        status_label=shown.label(lang, result.final or result.assessed is not None),
        assessed=result.assessed is not None,
        final=result.final,
        reported_early=result.reported_early,
        part_year=part_year_text(result, lang),
    )
    f = result.forecast
    if f is not None and not result.final:
        row.forecast_class = f.cls.value
        row.forecast_label = f.cls.label(lang)
        row.required = required_text(result)
        unit = "%" if f.required_kind == "rate" else m.unit
        row.projected = with_unit(f.projected, unit, trim=2) if f.projected is not None else ""
        row.progress_ratio = number(f.progress_ratio, 2) if f.progress_ratio is not None else ""
        row.remaining_years = f.remaining_years
    return row


def target_row(result: TargetResult, lang: str) -> TargetRow:
    t = result.target
    group = t.group.value if t.group is not None else ""
    return TargetRow(
        no=t.no,
        text=t.text,
        group=group,
        group_label=group_label(group),
        status=result.status.value,
        status_label=result.status.label(lang, result.final),
        final=result.final,
        lead_agency=t.lead_agency,
        measures=[measure_row(m, lang) for m in result.metrics],
    )


@dataclass
class Kpi:
    status: str
    label: str
    count: int


def kpis(result: PlanResult, lang: str) -> list[Kpi]:
    """One box per status; a shortfall reads "không đạt" or "chưa đạt" as its targets are."""
    out = []
    counts = result.by_status()
    for status in Status:
        label = status.label(lang)
        if status is Status.NOT_ACHIEVED:
            finals = {t.final for t in result.targets if t.status is status}
            if finals == {False}:
                label = status.label(lang, final=False)
            elif finals == {True, False}:
                label = f"{status.label(lang)} / {status.label(lang, final=False)}"
        out.append(Kpi(status.value, label, counts[status.value]))
    return out


@dataclass
class GroupRow:
    group: str
    label: str
    total: int
    met: int
    counts: list[int]


def group_rows(result: PlanResult) -> list[GroupRow]:
    """Targets per group and status (the table beside the stacked bar chart)."""
    rows = []
    for group in GROUP_ORDER:
        mine = [
            t for t in result.targets if (t.target.group.value if t.target.group else "") == group
        ]
        if not mine:
            continue
        rows.append(
            GroupRow(
                group=group,
                label=group_label(group),
                total=len(mine),
                met=sum(1 for t in mine if t.status.is_met),
                counts=[sum(1 for t in mine if t.status is s) for s in Status],
            )
        )
    return rows


def formula_text(formula: str) -> str:
    """The core's formula, its words in the UI language (the symbols stay as they are)."""
    words = {
        "value in the end year": pgettext("dashboard", "value in the end year"),
        "Σ values of the term's years": pgettext("dashboard", "Σ values of the term's years"),
        "each year: value ⋈ target": pgettext("dashboard", "each year: value ⋈ target"),
        "each year: (L_{y−1} − L_y) / L_{y−1} ⋈ target": pgettext(
            "dashboard", "each year: (L_{y−1} − L_y) / L_{y−1} ⋈ target"
        ),
        "assessed by a person": pgettext("dashboard", "assessed by a person"),
    }
    return words.get(formula, formula)
