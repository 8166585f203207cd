"""Average annual growth (``average_annual_growth``): the compound average of the term.

From yearly rates gᵢ (in %): (Π(1 + gᵢ/100))^(1/n) − 1. From levels: the compound growth
from the baseline level to the latest level, (L_k / L_0)^(1/k) − 1, over the k years
between them. Rounded half-up to the metric's decimals before it is judged; a figure
published for the whole term replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.derived import stage_of
from chitieu.evaluation.explain import Explanation
from chitieu.evaluation.forecasts import (
    ON_TRACK,
    classify_expr,
    growth_forecast,
    target_side_expr,
)
from chitieu.evaluation.formulas import FormulaError, cagr, compound_average, growth_factor
from chitieu.evaluation.kinds.base import (
    Cells,
    Columns,
    Forecasting,
    MeasureKind,
    YearCell,
    YearRow,
    span,
)
from chitieu.evaluation.results import MetricResult, UnitCount, YearPoint
from chitieu.figures.periods import Period
from chitieu.rounding import clean_expr, round_half_up, round_half_up_expr
from chitieu.targets.model import GrowthInput, Kind, Metric, Tolerance

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


@dataclass
class _Computed:
    value: Decimal | None = None  # unrounded
    factor: Decimal = Decimal(1)  # Π(1 + gᵢ), or L_k / L_0
    done: int = 0  # years behind the value
    total: int = 0  # years of the whole term (from the baseline level, for levels)


class AverageGrowth(MeasureKind):
    kinds = (Kind.AVERAGE_ANNUAL_GROWTH,)
    one_value = True
    rounds = True

    def evaluate(self, ctx: Context) -> MetricResult:
        m = ctx.metric
        rates = m.input is GrowthInput.RATE
        ex = Explanation(formula="(Π(1+gᵢ))^(1/n) − 1" if rates else "(L_n / L_0)^(1/n) − 1")
        c = _Computed(total=len(ctx.years))
        try:
            (_from_rates if rates else _from_levels)(ctx, ex, c)
        except FormulaError as exc:
            ex.add("undefined", reason=str(exc))
            c.value = None
        rounded = ctx.rounded(c.value) if c.value is not None else None
        published = ctx.published_term(ex, rounded)
        if published is None and rounded is None:
            return ctx.no_data(ex)
        value = published if published is not None else rounded
        assert value is not None
        if published is None:
            ex.add("rounded", decimals=m.decimals, value=value)
        final = published is not None or c.done == c.total
        forecast = None
        if not final and c.value is not None and c.done > 0:
            forecast = growth_forecast(m, c.value, c.factor, c.done, c.total)
        return ctx.result(
            ctx.judge(value),
            ex,
            value=value,
            computed=c.value,
            published=published,
            final=final,
            forecast=forecast,
        )

    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        g = _Paces(cols)
        frame = g.add(cols.with_term(frame))
        computed = pl.when(pl.col("input") == "level").then(g.from_levels).otherwise(g.from_rates)
        computed = round_half_up_expr(computed, pl.col("scale"))
        # A figure published for the whole term replaces the computed one.
        return cols.judged(frame, pl.coalesce("term", computed), g.n)

    def forecast_frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """:func:`~chitieu.evaluation.forecasts.growth_forecast`: the pace so far (unrounded)
        against the rate the remaining years need."""
        # Each step is a column: nested expressions would repeat their inputs in the plan.
        g, c, levels = _Paces(cols), pl.col, pl.col("input") == "level"
        frame = g.add(frame).with_columns(
            _pace=clean_expr(pl.when(levels).then(g.from_levels).otherwise(g.from_rates)),
            _fac=pl.when(levels).then(g.last / g.base).otherwise(g.factor),
            _total=pl.when(levels).then(c("last_year") - g.base_year).otherwise(cols.total()),
            _done=pl.when(levels).then(g.span).otherwise(g.n),
        )
        pace, total, done = c("_pace"), c("_total"), c("_done")
        frame = frame.with_columns(_goal=target_side_expr(pace), _met=cols.satisfies(pace))
        goal, met = c("_goal"), c("_met")
        needed = ((1 + goal / 100).pow(total) / c("_fac")).pow(1 / (total - done))
        frame = frame.with_columns(_raw=(needed - 1) * 100).with_columns(
            _required=clean_expr(c("_raw"))
        )
        # Compared cleaned, divided raw: a rate of 0,0115 % cleaned to 10 decimals keeps
        # only 9 digits, and a ratio over it would keep no more.
        required, raw = c("_required"), c("_raw")
        positive = required > 0
        ratio = (
            pl.when(met)
            .then(pl.when(positive).then(pace / raw))
            .when(goal > pace)  # must speed up
            .then(pl.when(~positive).then(1.0).when(pace > 0).then(pace / raw).otherwise(0.0))
            .otherwise(pl.when(positive & (pace > 0)).then(raw / pace).otherwise(0.0))
        )
        frame = frame.with_columns(_r=ratio).with_columns(_ratio=clean_expr(c("_r")))
        ratio = c("_ratio")
        cls = pl.when(met).then(pl.lit(ON_TRACK, dtype=pl.Int8)).otherwise(classify_expr(ratio))
        base_year = cols.plan.baseline_year
        last_early = pl.coalesce(
            pl.when(v.is_not_null()).then(cols.early(y))
            for y, v in zip(reversed(cols.term_years), reversed(cols.term_cols()), strict=True)
        )
        early_levels = (
            g.last.is_not_null()
            & g.base.is_not_null()
            & ((cols.fig(base_year).is_not_null() & cols.early(base_year)) | last_early)
        )
        early = cols.early_term(zip(cols.term_years, cols.term_cols(), strict=True))
        published = c("term").is_not_null()
        f = Forecasting(
            cls=pl.when(pace.is_not_null() & (done > 0)).then(cls),
            method="compound_required_rate",
            projected=pace,
            required=required,
            ratio=ratio,
            remaining=total - done,
            final=published | (done == total),
            early=pl.when(published)
            .then(c("e_term").fill_null(False))
            .when(levels)
            .then(early_levels.fill_null(False))
            .otherwise(early),
        )
        return cols.forecast(frame, f)

    def per_year(
        self, ctx: Context, result: MetricResult
    ) -> tuple[list[YearPoint], list[UnitCount]]:
        """The yearly rates: the figures themselves, or derived from consecutive levels
        (rounded half-up at the measure's decimals; a level of zero or below has none)."""
        annual, m = ctx.series.annual, ctx.metric
        if m.input is GrowthInput.RATE:
            return [
                YearPoint(y, annual[y].value, stage_of(annual[y])) for y in ctx.years if y in annual
            ], []
        levels = {y: f.value for y, f in annual.items()}
        if annual.get(ctx.plan.baseline_year) is None and m.baseline is not None:
            levels.setdefault(m.baseline.year, m.baseline.value)
        out: list[YearPoint] = []
        for y in ctx.years:
            if y in levels and y - 1 in levels:
                try:
                    rate = cagr(levels[y - 1], levels[y], 1)
                except FormulaError:
                    continue
                out.append(YearPoint(y, round_half_up(rate, m.decimals), stage_of(annual.get(y))))
        return out, []

    def from_levels(self, metric: Metric) -> bool:
        return metric.input is not GrowthInput.RATE

    def part_year_speaks(self, metric: Metric, period: Period) -> bool:
        return metric.input is GrowthInput.RATE  # a growth rate, in any year of the term

    def method(self, metric: Metric) -> str:
        return "method_level" if self.from_levels(metric) else "method_rate"

    def titles(self, metric: Metric) -> dict[str, str]:
        return {"F": "sheet_factor"} if metric.input is GrowthInput.RATE else {}

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        if metric.input is GrowthInput.RATE:
            f = cells.helpers
            return f"=(PRODUCT({f})^(1/COUNT({f}))-1)*100", False
        base = f"B{cells.base_row}"
        last, last_year = cells.latest()
        return f"=(({last}/{base})^(1/({last_year}-A{cells.base_row}))-1)*100", False

    def empty_value(self, m: MetricResult) -> Decimal | int | str:
        if m.metric.input is not GrowthInput.RATE:
            return "#N/A"  # LOOKUP in an empty range
        return "#DIV/0!"  # a power 1/COUNT of nothing

    def year_cells(
        self, m: MetricResult, at: YearRow, tolerance: Tolerance | None
    ) -> list[YearCell]:
        if m.metric.input is not GrowthInput.RATE:
            return []
        r = at.row
        factor = growth_factor([at.point]) if at.point is not None else ""
        return [YearCell("F", f'=IF(ISNUMBER(B{r}),1+B{r}/100,"")', factor, "0.0000")]


class _Paces:
    """The unrounded average growth of a row, from its rates and from its levels, and
    what it rests on, as columns (:meth:`add`; the term columns ``t<year>`` must be there).
    """

    def __init__(self, cols: Columns) -> None:
        self.cols = cols
        c = pl.col
        self.n, self.factor, self.base = c("_n"), c("_factor"), c("_base")
        self.base_year, self.last, self.span = c("_base_year"), c("_last"), c("_span")
        # From rates: (Π(1+g/100))^(1/n) − 1.
        self.from_rates = pl.when((self.n > 0) & (self.factor > 0)).then(
            (self.factor.pow(1 / self.n) - 1) * 100
        )
        # From levels: compound growth from the baseline level (a baseline-year figure or
        # else the plan's own baseline) to the latest level.
        ok = (self.n > 0) & (self.base > 0) & (self.last > 0) & (self.span > 0)
        self.from_levels = pl.when(ok).then(((self.last / self.base).pow(1 / self.span) - 1) * 100)

    def add(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        cols, plan = self.cols, self.cols.plan
        t = cols.term_cols()
        factor = pl.lit(1.0)
        for v in t:
            factor = factor * (1 + v / 100).fill_null(1.0)
        base_fig = cols.fig(plan.baseline_year)
        last_year = pl.coalesce(
            pl.when(v.is_not_null()).then(pl.lit(y, dtype=pl.Int32))
            for y, v in zip(reversed(cols.term_years), reversed(t), strict=True)
        )
        return frame.with_columns(
            _n=cols.count(),
            _factor=factor,
            _base=pl.coalesce(base_fig, "base_value"),
            _base_year=pl.when(base_fig.is_not_null())
            .then(pl.lit(plan.baseline_year, dtype=pl.Int32))
            .otherwise(pl.col("base_year")),
            _last=pl.coalesce(reversed(t)),
            _last_year=last_year,
        ).with_columns(_span=pl.col("_last_year") - pl.col("_base_year"))


def _from_rates(ctx: Context, ex: Explanation, c: _Computed) -> None:
    rates = ctx.term_figures(ex)
    c.done = len(rates)
    if not rates:
        return
    values = [f.value for f in rates.values()]
    c.factor = growth_factor(values)
    c.value = compound_average(values)
    factors = tuple(Decimal(1) + v / 100 for v in values)
    ex.add(
        "compound_average",
        years=span(rates),
        factors=(" × ", factors),
        n=len(values),
        value=ctx.rounded(c.value),
    )
    ctx.missing_years(ex, rates)


def _from_levels(ctx: Context, ex: Explanation, c: _Computed) -> None:
    s = ctx.series
    levels = {y: s.annual[y] for y in ctx.years if y in s.annual}
    base = ctx.baseline()
    if levels and base is None:
        ex.add("no_baseline", year=ctx.plan.baseline_year)
    if not levels or base is None:
        return
    base_year, base_value, base_fig = base
    if base_fig is not None:
        ctx.use(ex, base_fig)
    last = max(levels)
    ctx.use(ex, levels[last])
    # years counted from the baseline level, which may predate the term
    c.total, c.done = ctx.metric.end_year - base_year, last - base_year
    c.value = cagr(base_value, levels[last].value, last - base_year)
    c.factor = levels[last].value / base_value
    ex.add(
        "cagr",
        base_year=base_year,
        base=base_value,
        year=last,
        level=levels[last].value,
        n=last - base_year,
        value=ctx.rounded(c.value),
    )
