"""What a measure kind provides: its exact rule, its Polars expressions, its Excel formulas.

A kind is one module of :mod:`chitieu.evaluation.kinds` holding a :class:`MeasureKind`;
the registry there maps each :class:`~chitieu.targets.model.Kind` to it. The three sides
of a kind sit side by side so that a change to one is seen next to the two others:

* :meth:`MeasureKind.evaluate`: the exact value and status from a metric's yearly series
  (Decimal), what :mod:`chitieu.evaluation.engine` returns;
* :meth:`MeasureKind.frame`: the same rule over a frame with one row per (unit, metric)
  and one float column per year (:class:`Columns`), for :mod:`chitieu.evaluation.bulk`;
* :meth:`MeasureKind.computed_formula` and :meth:`MeasureKind.year_cells`: the Excel
  formulas the review workbook writes over a target sheet (:class:`Cells`).

Judging a value against the bound is not a kind's business: every kind calls the one rule
of :mod:`chitieu.evaluation.statuses` (``judge``, or its twins).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.derived import stage_of
from chitieu.evaluation.results import MetricResult, UnitCount, YearCheck, YearPoint
from chitieu.evaluation.statuses import NO_DATA, judge_expr
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


def year_check(m: MetricResult, year: int) -> YearCheck | None:
    """The core's verdict on one year of an every-year target (None: not judged)."""
    return next((c for c in m.years if c.year == year), None)


def span(values: Iterable[int]) -> str:
    """The years as the explanation writes them: "2021–2023", or "2022" alone."""
    years = sorted(values)
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
