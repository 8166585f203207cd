"""Cumulative over the term (``cumulative_over_term``): the sum of the term's years.

A figure published for the whole term replaces the sum; before the end, the pace the
remaining years need is forecast.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.derived import stage_of
from chitieu.evaluation.explain import Explanation
from chitieu.evaluation.forecasts import cumulative_forecast
from chitieu.evaluation.kinds.base import Cells, Columns, MeasureKind, span
from chitieu.evaluation.results import MetricResult, UnitCount, YearPoint
from chitieu.rounding import clean_expr
from chitieu.targets.model import Kind, Metric

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


class Cumulative(MeasureKind):
    kinds = (Kind.CUMULATIVE_OVER_TERM,)
    one_value = True
    method_key = "method_sum"

    def per_year(
        self, ctx: Context, result: MetricResult
    ) -> tuple[list[YearPoint], list[UnitCount]]:
        """The running sum of the yearly figures."""
        out: list[YearPoint] = []
        total = Decimal(0)
        for y in ctx.years:
            f = ctx.series.annual.get(y)
            if f is not None:
                total += f.value
                out.append(YearPoint(y, total, stage_of(f)))
        return out, []

    def evaluate(self, ctx: Context) -> MetricResult:
        m = ctx.metric
        ex = Explanation(formula="Σ values of the term's years")
        values = ctx.term_figures(ex)
        computed = sum((f.value for f in values.values()), Decimal(0)) if values else None
        if computed is not None:
            ex.add(
                "sum",
                years=span(values),
                terms=(" + ", tuple(f.value for f in values.values())),
                value=computed,
                unit=m.unit,
            )
            ctx.missing_years(ex, values)
        published = ctx.published_term(ex, computed)
        value = published if published is not None else computed
        if value is None:
            return ctx.no_data(ex)
        total, done = len(ctx.years), len(values)
        final = published is not None or done == total
        forecast = None
        if not final and computed is not None and done > 0:
            forecast = cumulative_forecast(m, computed, done, total)
        return ctx.result(
            ctx.judge(value),
            ex,
            value=value,
            computed=computed,
            published=published,
            final=final,
            forecast=forecast,
        )

    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        frame = cols.with_term(frame)
        n = cols.count()
        total = pl.when(n > 0).then(clean_expr(pl.sum_horizontal(cols.term_cols())))
        return cols.judged(frame, pl.coalesce("term", total), n)

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        return f"=SUM({cells.values})", False

    def empty_value(self, m: MetricResult) -> Decimal | int | str:
        return 0  # SUM of nothing
