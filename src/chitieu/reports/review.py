"""What a review document says, built from the core evaluation.

:func:`build_review` evaluates a plan for a reporting period and lays the result out as a
review conference reads it: the header block, the title, the table of targets and the
judgement. The writers (``word``, ``excel``, ``pdf``) only typeset this one structure, so
the three formats never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.evaluation.engine import Series, arrange, evaluate_plan
from chitieu.evaluation.forecasts import requirement as per_year_need
from chitieu.evaluation.results import MetricResult, PlanResult, TargetResult
from chitieu.evaluation.statuses import target_text
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, PeriodKind, parse_period
from chitieu.figures.vintages import current_figures
from chitieu.problems import CodedError, Param
from chitieu.reports.header import Header, build_header
from chitieu.reports.labels import long_date, period_phrase, stage_mark, t
from chitieu.targets.model import Direction, GrowthInput, Kind, Metric, Plan, Target
from chitieu.vnnumbers import format_date, format_vi


class ReviewKind(StrEnum):
    """Which review: progress in the term, the mid-term review, or the end of the term."""

    REVIEW = "review"
    MIDTERM = "midterm"
    FINAL = "final"


class ReportError(CodedError, ValueError):
    """The request cannot give a review document; ``field`` names the input at fault."""

    def __init__(self, field: str, code: str, **params: Param) -> None:
        super().__init__(code, **params)
        self.field = field  # "period", "kind", "figures", "lang" or "format"


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


def build_review(
    plan: Plan,
    figures: Iterable[Figure],
    period: Period | str,
    as_of: date | None = None,
    kind: ReviewKind | str = ReviewKind.REVIEW,
    lang: str = "vi",
    issuer: str | None = None,
    number: str | None = None,
    issued: date | None = None,
    tasks: Iterable[TaskLine] | None = None,
) -> ReviewData:
    """Evaluate ``plan`` for ``period`` with the figures known on ``as_of`` and lay it out.

    Only figures of periods that end by the end of ``period`` count (a 9-month review does
    not see the year's figure). ``issuer`` (lines separated by "\\n"; default: the plan's
    issuing body, else its ``metadata.issuer``, else its area), ``number`` and ``issued``
    (default: ``as_of``, else today) fill the header block, in the Party's format when the
    plan belongs to a Party committee (:mod:`chitieu.reports.header`). ``tasks``
    (optional) are the action program's tasks; those past their deadline on the issue date
    and not done are listed. Raises
    :class:`ReportError` for a period that is not one, or outside the term, a kind that
    does not fit the period, or no figures.
    """
    from chitieu.reports.judgement import judgement, notes

    if lang not in ("vi", "en"):
        raise ReportError("lang", "report.lang", v=lang)
    try:
        kind = ReviewKind(kind)
    except ValueError:
        raise ReportError("kind", "report.kind", v=str(kind)) from None
    the_period = _check_period(plan, period, kind)
    figures = list(figures)
    if not figures:
        raise ReportError("figures", "report.no_figures", plan=plan.id)
    usable = [f for f in figures if _counts_for(f.period, the_period, plan)]
    known = current_figures(usable, as_of)
    if not known:
        if as_of:
            raise ReportError(
                "figures", "report.none_known_on", plan=plan.id, p=str(the_period), date=as_of
            )
        raise ReportError("figures", "report.none_known", plan=plan.id, p=str(the_period))
    result = evaluate_plan(plan, usable, as_of)
    series = arrange(plan, known)
    column_period = Period(plan.end_year, PeriodKind.YEAR) if the_period.is_term else the_period
    years = list(range(plan.start_year, column_period.year))
    review = ReviewData(
        plan=plan,
        result=result,
        kind=kind,
        lang=lang,
        period=the_period,
        column_period=column_period,
        as_of=as_of,
        issued=(day := issued or as_of or date.today()),
        header=build_header(plan, issuer, number, day, lang),
        title=_title(plan, kind, the_period, lang),
        years=years,
        columns=[],
        rows=[],
        figures=usable,
    )
    for tr in result.targets:
        review.rows += _rows(review, tr, series)
    review.columns = _columns(review)
    review.judgement = judgement(review)
    review.notes = notes(review, known.values())
    review.late_tasks = sorted(
        (x for x in tasks or () if x.is_late(review.issued)),
        key=lambda x: (x.deadline or review.issued, x.kind, x.no),
    )
    return review


def task_line_text(task: TaskLine, lang: str) -> str:
    """ "Nhiệm vụ trọng tâm 3 (Sở KH&ĐT; hạn 31/12/2024): …" — one late task in a review."""
    kind = t(f"task_{task.kind}", lang)
    due = t("task_due", lang, day=format_date(task.deadline)) if task.deadline else ""
    who = "; ".join(x for x in (task.lead, due) if x)
    return f"{kind} {task.no}" + (f" ({who})" if who else "") + f": {task.text}"


def _check_period(plan: Plan, period: Period | str, kind: ReviewKind) -> Period:
    if isinstance(period, str):
        try:
            period = parse_period(period)
        except PeriodError as exc:
            raise ReportError("period", exc.code, **exc.params) from None
    term = f"{plan.start_year}–{plan.end_year}"
    if period.is_term:
        if (period.year, period.end_year) != (plan.start_year, plan.end_year):
            raise ReportError("period", "report.not_term", p=str(period), term=term, plan=plan.id)
        if kind is not ReviewKind.FINAL:
            raise ReportError("period", "report.whole_term_final", p=str(period))
        return period
    if not plan.start_year <= period.year <= plan.end_year:
        raise ReportError("period", "report.outside_term", p=str(period), term=term, plan=plan.id)
    if kind is ReviewKind.FINAL and not (period.is_annual and period.year == plan.end_year):
        whole = f"{plan.start_year}/{plan.end_year}"
        raise ReportError(
            "period", "report.final_end", end=plan.end_year, term=whole, p=str(period)
        )
    return period


def _counts_for(p: Period, report: Period, plan: Plan) -> bool:
    """Whether a figure of period ``p`` is part of a report for ``report``."""
    if report.is_term or (report.is_annual and report.year == plan.end_year):
        return True  # the end of the term sees everything, the whole-term figures too
    if p.is_term:
        return False
    if p.year != report.year:
        return p.year < report.year
    return p.end_month() <= report.end_month()  # a year ends in December, as does H2


def _title(plan: Plan, kind: ReviewKind, period: Period, lang: str) -> list[str]:
    term = f"{plan.start_year}–{plan.end_year}"
    if kind is ReviewKind.FINAL:
        second = t("title_final", lang, term=term)
    elif kind is ReviewKind.MIDTERM:
        second = t("title_midterm", lang)
    else:
        second = t("title_review", lang, period=period_phrase(period, lang))
    lines = [t("report", lang), second]
    if kind is ReviewKind.MIDTERM:
        lines.append(t("figures_to", lang, period=period_phrase(period, lang)))
    lines.append(plan.title)
    return lines


def _columns(review: ReviewData) -> list[Column]:
    lang = review.lang
    cols = [
        Column("no", t("col_no", lang), width_mm=12),
        Column("name", t("col_name", lang)),
        Column("unit", t("col_unit", lang), width_mm=16),
        Column("goal", t("col_goal", lang), width_mm=20),
    ]
    cols += [
        Column(f"year:{y}", t("col_year", lang, year=y), t("col_years", lang), width_mm=16)
        for y in review.years
    ]
    compare = t("col_compare", lang)
    current = t("col_current", lang, period=period_phrase(review.column_period, lang))
    cols += [
        Column("current", current, width_mm=16),
        Column("outcome", t("col_outcome", lang), compare, width_mm=22),
        Column("ratio", t("col_ratio", lang), compare, width_mm=13),
        Column("status", t("col_status", lang), width_mm=16),
    ]
    if review.kind is ReviewKind.MIDTERM:
        cols += [
            Column("forecast", t("col_forecast", lang), width_mm=18),
            Column("required", t("col_required", lang), width_mm=22),
        ]
    # A number must not break inside ("1.200.00|0"): a column is as wide as its longest
    # number at about 1,9 mm a character (11 pt Times digits), plus the cell's padding.
    for i, col in enumerate(cols):
        if col.key in ("no", "name", "unit", "status", "forecast", "required"):
            continue
        longest = max((len(review.cell(r, col.key)[0]) for r in review.rows), default=0)
        cols[i] = replace(col, width_mm=max(col.width_mm, round(longest * 1.9 + 4)))
    # A4 landscape less the margins (30 mm left, 15 mm right) is 252 mm; the name takes
    # what the numbers leave.
    rest = sum(c.width_mm for c in cols if c.key != "name")
    return [replace(c, width_mm=max(45.0, 252 - rest)) if c.key == "name" else c for c in cols]


def _rows(review: ReviewData, tr: TargetResult, series: dict[str, Series]) -> list[Row]:
    lang, target = review.lang, tr.target
    if len(tr.metrics) == 1:
        return [_measure_row(review, target, str(target.no), tr.metrics[0], series)]
    head = Row(
        target,
        str(target.no),
        target.text.rstrip(". "),
        status=tr.status.label(lang, tr.final),
        heading=True,
    )
    return [head] + [
        _measure_row(review, target, f"{target.no}.{i}", m, series)
        for i, m in enumerate(tr.metrics, start=1)
    ]


def _measure_row(
    review: ReviewData, target: Target, no: str, m: MetricResult, series: dict[str, Series]
) -> Row:
    lang, metric = review.lang, m.metric
    s = measure_series(review.plan, metric, series.get(metric.id, Series()), review, m)
    row = Row(
        target,
        no,
        metric.name,
        unit=metric.unit,
        goal=goal_text(metric, lang),
        status=(m.assessed or m.status).label(lang, m.final),
        forecast=m.forecast.cls.label(lang) if m.forecast else "",
        required=required_text(m, lang),
        result=m,
        series=s,
    )
    row.years = [_year_shown(m, s, y) for y in review.years]
    row.current = _current_shown(review, m, s)
    row.outcome = Shown(
        m.value,
        metric.decimals if m.computed is not None and m.published is None else None,
        least_final_stage(m),
    )
    row.outcome_note = outcome_note(m, s, lang)
    if ratio_applies(metric) and m.value is not None and s.goal:
        row.ratio = m.value / s.goal * 100
    return row


def reduction_from_levels(metric: Metric) -> bool:
    """A yearly reduction computed from levels (the figures are counts, not rates)."""
    return metric.kind is Kind.REDUCTION_PER_YEAR and metric.input is not GrowthInput.RATE


def _year_shown(m: MetricResult, s: MeasureSeries, year: int) -> Shown:
    if reduction_from_levels(m.metric):
        # the table shows the yearly reduction (in %), the sheet shows the levels behind it
        check = next((c for c in m.years if c.year == year), None)
        if check is None:
            return Shown(None)
        p = s.points.get(year)
        return Shown(check.value, m.metric.decimals, p.stage if p else None)
    p = s.points.get(year)
    return Shown(p.value, stage=p.stage) if p else Shown(None)


def _current_shown(review: ReviewData, m: MetricResult, s: MeasureSeries) -> Shown:
    cp = review.column_period
    if cp.is_annual:
        return _year_shown(m, s, cp.year)
    if s.current is None:
        if cp.end_month() == 12 and cp.year in s.points:  # H2, Q4, December: the year is in
            year = _year_shown(m, s, cp.year)
            return replace(year, period=Period(cp.year, PeriodKind.YEAR))
        return Shown(None)
    other = s.current.period if s.current.period != cp else None
    return Shown(s.current.value, stage=s.current.stage, period=other)


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


def goal_text(metric: Metric, lang: str) -> str:
    """The target without its unit (the unit has its own column): "7–7,5", "≥ 4.400.000"."""
    if metric.kind is Kind.OTHER:
        return "—"
    return target_text(replace(metric, unit=""), lang).strip()


def target_side(metric: Metric, value: Decimal | None) -> Decimal | None:
    """The bound a value is measured against: for a band, the nearer end (as the engine)."""
    if metric.kind is Kind.OTHER or (metric.low is None and metric.high is None):
        return None
    if (
        metric.direction is Direction.WITHIN
        and metric.low is not None
        and metric.high is not None
        and value is not None
    ):
        return metric.low if value < metric.low else metric.high
    return metric.bound


def measure_series(
    plan: Plan, metric: Metric, s: Series, review: ReviewData, m: MetricResult
) -> MeasureSeries:
    """The figures behind one measure, arranged for its sheet."""
    out = MeasureSeries(years=list(range(plan.start_year, metric.end_year + 1)), points={})
    for y in out.years:
        f = s.annual.get(y)
        if f is not None:
            out.points[y] = Point(y, f.value, f.stage, f.as_of, f.source)
        elif metric.kind is Kind.COUNT_OF_UNITS and s.units.get(y):
            count = Decimal(sum(1 for u in s.units[y] if u.value >= 1))
            out.points[y] = Point(y, count, None)
    uses_levels = reduction_from_levels(metric) or (
        metric.kind is Kind.AVERAGE_ANNUAL_GROWTH and metric.input is not GrowthInput.RATE
    )
    level_kinds = (Kind.LEVEL_AT_END, Kind.SHARE_STRUCTURE, Kind.COUNT_OF_UNITS)
    if uses_levels or metric.kind in level_kinds:
        f = s.annual.get(plan.baseline_year)
        if f is not None:
            out.baseline = Point(f.period.year, f.value, f.stage, f.as_of, f.source)
        elif metric.baseline is not None:
            b = metric.baseline
            stage = Stage(b.stage) if b.stage in {x.value for x in Stage} else None
            out.baseline = Point(b.year, b.value, stage, None, b.source)
    cp = review.column_period
    if not cp.is_annual:
        f = s.partial.get(cp.year)
        if f is not None:
            out.current = Point(f.period.year, f.value, f.stage, f.as_of, f.source, f.period)
    if s.term is not None:
        f = s.term
        out.term = Point(f.period.year, f.value, f.stage, f.as_of, f.source, f.period)
    out.goal = target_side(metric, m.value)
    if m.forecast is not None and m.forecast.projected is not None:
        out.required_goal = target_side(metric, m.forecast.projected)
    return out


def outcome_note(m: MetricResult, s: MeasureSeries, lang: str) -> str:
    """What the value judged is: "bình quân 2021–2022", "lũy kế 2021–2023", "năm 2022"."""
    metric = m.metric
    if metric.kind is Kind.OTHER:
        manual = metric.manual
        return t("assessed_by", lang, by=manual.by) if m.assessed and manual and manual.by else ""
    if m.value is None:
        return ""
    if m.published is not None:
        return t("published", lang)
    filled = sorted(s.points)
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        if metric.input is not GrowthInput.RATE and s.baseline is not None and filled:
            return t("avg", lang, span=f"{s.baseline.year}–{filled[-1]}")
        return t("avg", lang, span=span(filled))
    if metric.kind is Kind.CUMULATIVE_OVER_TERM:
        return t("sum", lang, span=span(filled))
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        held = sum(1 for c in m.years if c.status.is_met)
        years = [c.year for c in m.years]
        return t("mean_held", lang, span=span(years), held=held, n=len(years))
    return t("year", lang, year=filled[-1]) if filled else ""


def span(years: list[int]) -> str:
    if not years:
        return ""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


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
