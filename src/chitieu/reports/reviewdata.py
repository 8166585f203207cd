"""What a review document is made of: the structure :func:`~chitieu.reports.review.build_review`
fills in, the judgement writes from and the writers typeset, with the small rules they
share (which end of a target a value is measured against, what a requirement says).

It sits below both ``review`` (which builds it) and ``judgement`` (which reads it), so
neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.evaluation import forecasts
from chitieu.evaluation.forecasts import requirement as per_year_need
from chitieu.evaluation.results import MetricResult, PlanResult
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodKind, parse_period
from chitieu.reports.header import Header
from chitieu.reports.labels import long_date, period_phrase, stage_mark, t
from chitieu.targets.model import Direction, GrowthInput, Kind, Metric, Plan, Target
from chitieu.vnnumbers import format_vi


class ReviewKind(StrEnum):
    """Which review: progress in the term, the mid-term review, or the end of the term."""

    REVIEW = "review"
    MIDTERM = "midterm"
    FINAL = "final"


# Kinds whose value can be read as a share of the target ("đạt 91,3% mục tiêu").
_RATIO_KINDS = frozenset(
    {Kind.LEVEL_AT_END, Kind.COUNT_OF_UNITS, Kind.CUMULATIVE_OVER_TERM, Kind.SHARE_STRUCTURE}
)


@dataclass(frozen=True)
class Shown:
    """A number in a table cell, with what a reader must know about it."""

    value: Decimal | None
    decimals: int | None = None  # a computed value, shown at the precision it is judged at
    stage: Stage | None = None  # the least final stage of the figures behind it
    period: Period | None = None  # set when the figure is of another period than the column

    def text(self, lang: str) -> str:
        loc = "vi" if lang == "vi" else "en"
        if self.value is None:
            return "–"
        if self.decimals is not None:
            return format_vi(self.value, self.decimals, locale=loc)
        return format_vi(self.value, locale=loc)

    def mark(self, lang: str) -> str:
        """The cell's mark: "ước", "sơ bộ", or the figure's own period and stage."""
        if self.value is None:
            return ""
        parts = [period_phrase(self.period, lang)] if self.period is not None else []
        parts.append(stage_mark(self.stage, lang))
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Point:
    """One value of a measure's series, as the target sheets list it."""

    year: int
    value: Decimal
    stage: Stage | None  # None: counted from unit-level figures
    as_of: date | None = None
    source: str = ""
    period: Period | None = None


@dataclass
class MeasureSeries:
    """A measure's figures for the target sheets and their formulas."""

    years: list[int]  # every year the measure covers, filled or not
    points: dict[int, Point]  # the years with a figure known to the review
    baseline: Point | None = None  # the level before the term, where formulas need it
    current: Point | None = None  # the part-year figure shown as "this period"
    term: Point | None = None  # a figure published for the whole term
    goal: Decimal | None = None  # the level compared with (the nearer end of a band)
    required_goal: Decimal | None = None  # the level the forecast's requirement aims at


@dataclass
class Row:
    """One line of the table: a measure, or the heading of a target with several."""

    target: Target
    no: str
    name: str
    unit: str = ""
    goal: str = ""
    years: list[Shown] = field(default_factory=list)
    current: Shown = field(default_factory=lambda: Shown(None))
    outcome: Shown = field(default_factory=lambda: Shown(None))
    outcome_note: str = ""
    ratio: Decimal | None = None  # the value judged as a percentage of the target
    status: str = ""
    forecast: str = ""
    required: str = ""
    heading: bool = False
    result: MetricResult | None = None
    series: MeasureSeries | None = None


@dataclass(frozen=True)
class Column:
    """A table column: its key, its title, the merged header above it, its width."""

    key: str
    title: str
    group: str = ""
    width_mm: float = 18.0


@dataclass(frozen=True)
class TaskLine:
    """A task of the action program as a review lists it (the web app supplies them)."""

    kind: str  # key_task, breakthrough, task_group
    no: int
    text: str
    lead: str  # the lead agency's name, "" when none
    deadline: date | None
    status: str  # not_started, in_progress, done

    def is_late(self, on: date) -> bool:
        """Past its deadline on ``on`` and not done."""
        return self.deadline is not None and self.deadline < on and self.status != "done"


@dataclass
class ReviewData:
    """Everything a review document shows, in one language, ready to typeset."""

    plan: Plan
    result: PlanResult
    kind: ReviewKind
    lang: str
    period: Period  # the reporting period asked for
    column_period: Period  # the period of the "this period" column
    as_of: date | None
    issued: date
    header: Header
    title: list[str]
    years: list[int]
    columns: list[Column]
    rows: list[Row]
    judgement: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    late_tasks: list[TaskLine] = field(default_factory=list)  # behind schedule on ``issued``

    @property
    def headline(self) -> str:
        return self.result.headline(self.lang)

    def cell(self, row: Row, key: str) -> tuple[str, str]:
        """A cell's text and its mark ("ước" …) for the column ``key``."""
        if key == "no":
            return row.no, ""
        if key == "name":
            return row.name, ""
        if key == "unit":
            return row.unit, ""
        if key == "goal":
            return row.goal, ""
        if row.heading:
            return (row.status, "") if key == "status" else ("", "")
        if key.startswith("year:"):
            shown = row.years[self.years.index(int(key[5:]))]
            return shown.text(self.lang), shown.mark(self.lang)
        if key == "current":
            return row.current.text(self.lang), row.current.mark(self.lang)
        if key == "outcome":
            if row.outcome.value is None:
                return "–", row.outcome_note
            note = ", ".join(p for p in (row.outcome_note, row.outcome.mark(self.lang)) if p)
            return row.outcome.text(self.lang), note
        if key == "ratio":
            if row.ratio is None:
                return "", ""
            return format_vi(row.ratio, 1, locale="vi" if self.lang == "vi" else "en"), ""
        return {"status": row.status, "forecast": row.forecast, "required": row.required}[key], ""


def reduction_from_levels(metric: Metric) -> bool:
    """A yearly reduction computed from levels (the figures are counts, not rates)."""
    return metric.kind is Kind.REDUCTION_PER_YEAR and metric.input is not GrowthInput.RATE


def least_final_stage(m: MetricResult) -> Stage | None:
    """The stage of the least final figure behind a result (an estimate taints the value)."""
    # part-year figures are shown beside the result, not judged: they do not taint it
    stages = [
        Stage(f.stage)
        for f in m.explanation.figures
        if parse_period(f.period).kind in (PeriodKind.YEAR, PeriodKind.TERM)
    ]
    return min(stages, key=lambda s: s.rank) if stages else None


def ratio_applies(metric: Metric) -> bool:
    """Whether "% of the target" means something: an amount or level that must rise."""
    return metric.kind in _RATIO_KINDS and metric.direction is Direction.HIGHER_IS_BETTER


def target_side(metric: Metric, value: Decimal | None) -> Decimal | None:
    """The bound a value is measured against (the core's rule: for a band, the nearer end);
    None for a measure without bounds or without a value to place."""
    if metric.kind is Kind.OTHER or (metric.low is None and metric.high is None):
        return None
    if value is None:
        return metric.bound
    return forecasts.target_side(metric, value)


def requirement(m: MetricResult, lang: str) -> tuple[str, int] | None:
    """What each remaining year needs ("8,35%/năm") and how many years remain."""
    need = per_year_need(m, lang)
    if need is None:
        return None
    if need.every_year:
        return t("req_every_year", lang, target=need.text), need.remaining
    return t("req_per_year", lang, value=need.text), need.remaining


def required_text(m: MetricResult, lang: str) -> str:
    """The table's cell: "8,35%/năm (2 năm còn lại)"."""
    need = requirement(m, lang)
    if need is None:
        return ""
    return f"{need[0]} ({t('remaining', lang, n=need[1])})"


def as_of_text(review: ReviewData, known: Iterable[Figure]) -> str:
    """The date the figures stand at: the one asked for, else the latest report used."""
    if review.as_of is not None:
        return long_date(review.as_of, review.lang)
    latest = max((f.as_of for f in known), default=None)
    return long_date(latest, review.lang) if latest else "–"
