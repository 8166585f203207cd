"""What a review document says, built from the core evaluation.

:func:`build_review` evaluates a plan for a reporting period and lays the result out as a
review conference reads it: the header block, the title, the table of targets and the
judgement. The writers (``word``, ``excel``, ``pdf``) only typeset this one structure, so
the three formats never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from chitieu.evaluation.engine import Series, arrange, evaluate_plan
from chitieu.evaluation.results import MetricResult, TargetResult
from chitieu.evaluation.statuses import target_text
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, PeriodKind, parse_period
from chitieu.figures.vintages import current_figures
from chitieu.problems import CodedError, Param
from chitieu.reports.header import build_header
from chitieu.reports.judgement import judgement, notes
from chitieu.reports.labels import period_phrase, t
from chitieu.reports.reviewdata import (
    Column,
    MeasureSeries,
    Point,
    ReviewData,
    ReviewKind,
    Row,
    Shown,
    TaskLine,
    least_final_stage,
    ratio_applies,
    reduction_from_levels,
    required_text,
    target_side,
)
from chitieu.targets.model import GrowthInput, Kind, Metric, Plan, Target
from chitieu.vnnumbers import format_date

# The structure lives in reviewdata (below judgement); its names stay importable from here.
__all__ = [
    "Column",
    "MeasureSeries",
    "Point",
    "ReportError",
    "ReviewData",
    "ReviewKind",
    "Row",
    "Shown",
    "TaskLine",
    "build_review",
    "measure_series",
    "reduction_from_levels",
    "required_text",
    "task_line_text",
]


class ReportError(CodedError, ValueError):
    """The request cannot give a review document; ``field`` names the input at fault."""

    def __init__(self, field: str, code: str, **params: Param) -> None:
        super().__init__(code, **params)
        self.field = field  # "period", "kind", "figures", "lang" or "format"


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


def goal_text(metric: Metric, lang: str) -> str:
    """The target without its unit (the unit has its own column): "7–7,5", "≥ 4.400.000"."""
    if metric.kind is Kind.OTHER:
        return "—"
    return target_text(replace(metric, unit=""), lang).strip()


def measure_series(
    plan: Plan, metric: Metric, s: Series, review: ReviewData, m: MetricResult
) -> MeasureSeries:
    """The figures behind one measure, arranged for its sheet."""
    out = MeasureSeries(years=list(range(plan.start_year, metric.end_year + 1)), points={})
    counted = {c.year: Decimal(c.met) for c in m.counted}  # the engine's count of units
    for y in out.years:
        f = s.annual.get(y)
        if f is not None:
            out.points[y] = Point(y, f.value, f.stage, f.as_of, f.source)
        elif y in counted:
            out.points[y] = Point(y, counted[y], None)
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
