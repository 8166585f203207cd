"""What a measure kind provides: its exact rule, its Polars expressions, its Excel formulas.

A kind is one module of :mod:`chitieu.evaluation.kinds` holding a :class:`MeasureKind`;
the registry there maps each :class:`~chitieu.targets.model.Kind` to it. The three sides
of a kind sit side by side so that a change to one is seen next to the two others:

* :meth:`MeasureKind.evaluate`: the exact value and status from a metric's yearly series
  (Decimal), what :mod:`chitieu.evaluation.engine` returns;
* :meth:`MeasureKind.frame`: the same rule over a frame with one row per (unit, metric)
  and one float column per year (:class:`Columns`), for :mod:`chitieu.evaluation.bulk`,
  and :meth:`MeasureKind.forecast_frame`, the forecast of :meth:`evaluate` over it;
* :meth:`MeasureKind.computed_formula` and :meth:`MeasureKind.year_cells`: the Excel
  formulas the review workbook writes over a target sheet (:class:`Cells`).

Judging a value against the bound is not a kind's business: every kind calls the one rule
of :mod:`chitieu.evaluation.statuses` (``judge``, or its twins).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.derived import stage_of
from chitieu.evaluation.forecasts import AT_RISK, OFF_TRACK, ON_TRACK
from chitieu.evaluation.results import MetricResult, UnitCount, YearCheck, YearPoint
from chitieu.evaluation.statuses import ACHIEVED, NO_DATA, judge_expr
from chitieu.figures.periods import Period
from chitieu.targets.model import Kind, Metric, Plan, Tolerance

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context

LAST = "9.99E+307"  # LOOKUP(LAST, range) is the last number of a range


@dataclass(frozen=True)
class Cells:
    """Where a measure's series is on its target sheet (column B values, A years, F helpers)."""

    first: int  # the first year's row
    last: int  # the last year's row
    base_row: int = 0  # the baseline level's row, above the years (0: none)

    @property
    def values(self) -> str:
        return f"B{self.first}:B{self.last}"

    @property
    def helpers(self) -> str:
        return f"F{self.first}:F{self.last}"

    @property
    def years(self) -> str:
        return f"A{self.first}:A{self.last}"

    def latest(self) -> tuple[str, str]:
        """The latest number of the series and its year, as formulas."""
        return f"LOOKUP({LAST},{self.values})", f"LOOKUP({LAST},{self.values},{self.years})"


@dataclass(frozen=True)
class YearCell:
    """A helper formula on a year's row, with the value the core computed for it."""

    column: str
    formula: str
    value: Decimal | int | str  # "" when the formula shows nothing
    fmt: str = ""  # an Excel number format


@dataclass(frozen=True)
class YearRow:
    """One year's row of a target sheet."""

    year: int
    row: int
    point: Decimal | None  # the year's figure, if any
    previous: bool  # the row above holds the level of the year before


def decimals_format(decimals: int) -> str:
    """The Excel number format of a value with ``decimals`` decimals: #,##0.00."""
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


class MeasureKind(ABC):
    """One kind of measure: how its value is computed, in Decimal, Polars and Excel."""

    kinds: tuple[Kind, ...] = ()  # the Kind values this rule serves
    judged = True  # False: a person judges (no value, no forecast)
    one_value = False  # judged on one value (a level, an average, a total): a gap speaks

    # -- the exact rule ------------------------------------------------------------------

    @abstractmethod
    def evaluate(self, ctx: Context) -> MetricResult:
        """The metric's value, status, forecast and explanation, from its series."""

    def from_levels(self, metric: Metric) -> bool:
        """Whether the value is derived from levels (not read from figures that are rates)."""
        return False

    def part_year_speaks(self, metric: Metric, period: Period) -> bool:
        """Whether a part-year figure (in %) can be held against the yearly target."""
        return False

    def per_year(
        self, ctx: Context, result: MetricResult
    ) -> tuple[list[YearPoint], list[UnitCount]]:
        """What the views draw year by year (:attr:`MetricResult.per_year`), and the units
        counted (:attr:`MetricResult.counted`): by default, the value judged each year."""
        annual = ctx.series.annual
        return [YearPoint(c.year, c.value, stage_of(annual.get(c.year))) for c in result.years], []

    # -- the Polars twin -----------------------------------------------------------------

    @abstractmethod
    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Add ``value``, ``years_count`` and ``code`` (a status code) to every row."""

    def forecast_frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Add the forecast (:data:`FORECAST_COLUMNS`) to the rows :meth:`frame` judged,
        with the early figures' flags (``e<year>``, ``e_term``); by default none."""
        return cols.forecast(frame, Forecasting())

    # -- the Excel twin ------------------------------------------------------------------

    method_key = "method_last"  # the label of how the value is computed (reports.labels)
    rounds = False  # the value judged is the computed one rounded (averages)

    def method(self, metric: Metric) -> str:
        return self.method_key

    def titles(self, metric: Metric) -> dict[str, str]:
        """The helper columns after A–E (year, value, stage, date, source): their labels."""
        return {}

    def met_column(self, metric: Metric) -> str:
        """The column saying whether each year met the target, or "" when years are not
        judged one by one."""
        return ""

    def code_column(self, metric: Metric) -> str:
        """The column of each year's status code, or "" when years are not judged."""
        return ""

    def shown_column(self, metric: Metric) -> str:
        """The column of the yearly values the summary shows, when it is not B."""
        return ""

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        """The formula of the value judged, and whether it is already rounded."""
        return f"={cells.latest()[0]}", False

    def empty_value(self, m: MetricResult) -> Decimal | int | str:
        """What the formula of :meth:`computed_formula` shows without the core's value."""
        return "#DIV/0!"  # an average (AVERAGE, or a power 1/COUNT) of nothing

    def year_cells(
        self, m: MetricResult, at: YearRow, tolerance: Tolerance | None
    ) -> list[YearCell]:
        """The helper formulas of one year's row."""
        return []


class Columns:
    """A plan's years as columns of the bulk frame: ``y2020`` … one per year, null when the
    pair has no current figure for it, and the metric's columns (``last_year``, ``scale``
    = 10 ** decimals, ``input``, ``base_value``, ``base_year``, bounds)."""

    def __init__(self, plan: Plan, tolerant: bool) -> None:
        self.plan = plan
        self.tolerant = tolerant
        self.term_years = range(plan.start_year, plan.end_year + 1)

    def fig(self, y: int) -> pl.Expr:
        """The current figure of year ``y`` (null outside the years kept)."""
        if self.plan.baseline_year <= y <= self.plan.end_year:
            return pl.col(f"y{y}")
        return pl.lit(None, dtype=pl.Float64)

    def with_term(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Add ``t<year>``: the figures of the metric's own term (it may end earlier)."""
        return frame.with_columns(
            pl.when(pl.lit(y) <= pl.col("last_year")).then(self.fig(y)).alias(f"t{y}")
            for y in self.term_years
        )

    def term_cols(self) -> list[pl.Expr]:
        return [pl.col(f"t{y}") for y in self.term_years]

    def count(self) -> pl.Expr:
        return pl.sum_horizontal(c.is_not_null() for c in self.term_cols()).cast(pl.Int32)

    def judge(self, value: pl.Expr) -> pl.Expr:
        return judge_expr(value, self.tolerant)

    def satisfies(self, value: pl.Expr) -> pl.Expr:
        """:func:`~chitieu.evaluation.statuses.satisfies`: met without any tolerance."""
        return judge_expr(value, tolerant=False) <= ACHIEVED

    def early(self, y: int) -> pl.Expr:
        """Whether the current figure of year ``y`` was reported before the year ended."""
        if self.plan.baseline_year <= y <= self.plan.end_year:
            return pl.col(f"e{y}").fill_null(False)
        return pl.lit(False)

    def early_term(self, cols: Iterable[tuple[int, pl.Expr]]) -> pl.Expr:
        """Any of the figures of ``cols`` (year, its term column) reported early."""
        return pl.any_horizontal(False, *(c.is_not_null() & self.early(y) for y, c in cols))

    def total(self) -> pl.Expr:
        """The years of the metric's term (it may end before the plan)."""
        return pl.col("last_year") - self.plan.start_year + 1

    def forecast(self, frame: pl.LazyFrame, f: Forecasting) -> pl.LazyFrame:
        """The forecast columns: the kind's own before the end, ``early_figure`` for a
        result that covers the term on figures reported early (provisional.settle)."""
        c = pl.col
        method = pl.lit(f.method) if isinstance(f.method, str) else f.method
        has = c("value").is_not_null() & (c("code") != NO_DATA)
        frame = frame.with_columns(
            _early=has & f.final & f.early,
            _ahead=has & ~f.final & f.cls.is_not_null(),
            _failed=f.failed,
        )
        early, ahead = c("_early"), c("_ahead")
        early_cls = (
            pl.when(c("code") <= ACHIEVED)
            .then(pl.lit(ON_TRACK, dtype=pl.Int8))
            .when(c("_failed"))
            .then(pl.lit(OFF_TRACK, dtype=pl.Int8))
            .otherwise(pl.lit(AT_RISK, dtype=pl.Int8))
        )
        return frame.with_columns(
            forecast_code=pl.when(early).then(early_cls).when(ahead).then(f.cls),
            method=pl.when(early).then(pl.lit("early_figure")).when(ahead).then(method),
            projected=pl.when(early).then(c("value")).when(ahead).then(f.projected),
            required=pl.when(ahead).then(f.required).cast(pl.Float64),
            progress_ratio=pl.when(ahead).then(f.ratio).cast(pl.Float64),
            remaining_years=pl.when(early)
            .then(pl.lit(0, dtype=pl.Int32))
            .when(ahead)
            .then(f.remaining.cast(pl.Int32)),
        )

    def judged(self, frame: pl.LazyFrame, value: pl.Expr, years: pl.Expr) -> pl.LazyFrame:
        """The value of each row, judged; no value: no data."""
        code = (
            pl.when(pl.col("value").is_null())
            .then(pl.lit(NO_DATA, dtype=pl.Int8))
            .otherwise(self.judge(pl.col("value")))
        )
        return frame.with_columns(value=value.cast(pl.Float64), years_count=years).with_columns(
            code=code
        )


FORECAST_COLUMNS = (
    "forecast_code", "method", "projected", "required", "progress_ratio", "remaining_years"
)  # fmt: skip


@dataclass(frozen=True)
class Forecasting:
    """A kind's forecast as expressions over its rows (null ``cls``: no forecast).

    ``final`` is whether the result covers the term, ``early`` whether it rests on a
    figure reported before its period ended (then it is not final and the forecast is
    ``early_figure``), ``failed`` whether a year that must hold every year failed on
    figures reported after it ended (:meth:`Context.failed_for_good`).
    """

    cls: pl.Expr = field(default_factory=lambda: pl.lit(None, dtype=pl.Int8))
    method: str | pl.Expr = ""
    projected: pl.Expr = field(default_factory=lambda: pl.lit(None, dtype=pl.Float64))
    required: pl.Expr = field(default_factory=lambda: pl.lit(None, dtype=pl.Float64))
    ratio: pl.Expr = field(default_factory=lambda: pl.lit(None, dtype=pl.Float64))
    remaining: pl.Expr = field(default_factory=lambda: pl.lit(None, dtype=pl.Int32))
    final: pl.Expr = field(default_factory=lambda: pl.lit(True))
    early: pl.Expr = field(default_factory=lambda: pl.lit(False))
    failed: pl.Expr = field(default_factory=lambda: pl.lit(False))


def year_check(m: MetricResult, year: int) -> YearCheck | None:
    """The core's verdict on one year of an every-year target (None: not judged)."""
    return next((c for c in m.years if c.year == year), None)


def span(values: Iterable[int]) -> str:
    """The years as the explanation writes them: "2021–2023", or "2022" alone."""
    years = sorted(values)
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
