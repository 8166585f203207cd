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
from chitieu.evaluation.forecasts import growth_forecast
from chitieu.evaluation.formulas import FormulaError, cagr, compound_average, growth_factor
from chitieu.evaluation.kinds.base import Cells, Columns, MeasureKind, YearCell, YearRow, span
from chitieu.evaluation.results import MetricResult, UnitCount, YearPoint
from chitieu.figures.periods import Period
from chitieu.rounding import round_half_up, round_half_up_expr
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
        frame = cols.with_term(frame)
        t, n, scale = cols.term_cols(), cols.count(), pl.col("scale")
        # From rates: (Π(1+g/100))^(1/n) − 1.
        factor = pl.lit(1.0)
        for c in t:
            factor = factor * (1 + c / 100).fill_null(1.0)
        from_rates = pl.when((n > 0) & (factor > 0)).then(
            round_half_up_expr((factor.pow(1 / n) - 1) * 100, scale)
        )
        # From levels: compound growth from the baseline level, a baseline-year figure or
        # else the plan's own baseline, to the latest level.
        plan = cols.plan
        base_fig = cols.fig(plan.baseline_year)
        base = pl.coalesce(base_fig, "base_value")
        base_year = (
            pl.when(base_fig.is_not_null())
            .then(pl.lit(plan.baseline_year, dtype=pl.Int32))
            .otherwise(pl.col("base_year"))
        )
        last = pl.coalesce(reversed(t))
        last_year = pl.coalesce(
            pl.when(c.is_not_null()).then(pl.lit(y, dtype=pl.Int32))
            for y, c in zip(reversed(cols.term_years), reversed(t), strict=True)
        )
        span_ = last_year - base_year
        from_levels = pl.when((n > 0) & (base > 0) & (last > 0) & (span_ > 0)).then(
            round_half_up_expr(((last / base).pow(1 / span_) - 1) * 100, scale)
        )
        computed = pl.when(pl.col("input") == "level").then(from_levels).otherwise(from_rates)
        # A figure published for the whole term replaces the computed one.
        return cols.judged(frame, pl.coalesce("term", computed), n)

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
