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
from chitieu.evaluation.forecasts import (
    ON_TRACK,
    classify_expr,
    cumulative_forecast,
    target_side_expr,
)
from chitieu.evaluation.kinds.base import Cells, Columns, Forecasting, MeasureKind, span
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

    def forecast_frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """:func:`~chitieu.evaluation.forecasts.cumulative_forecast`: the mean yearly amount
        against the amount the remaining years need."""
        # Each step is a column: nested expressions would repeat their inputs in the plan.
        t, c = cols.term_cols(), pl.col
        frame = frame.with_columns(_done=cols.count(), _total=cols.total())
        done, total = c("_done"), c("_total")
        frame = frame.with_columns(
            _computed=pl.when(done > 0).then(clean_expr(pl.sum_horizontal(t)))
        )
        computed, remaining = c("_computed"), total - done
        pace = computed / done
        frame = frame.with_columns(_projected=clean_expr(computed + pace * remaining))
        projected = c("_projected")
        frame = frame.with_columns(
            _goal=target_side_expr(projected), _met=cols.satisfies(projected)
        )
        goal, met = c("_goal"), c("_met")
        frame = frame.with_columns(_required=clean_expr((goal - computed) / remaining))
        required = c("_required")
        positive = required > 0
        ratio = (
            pl.when(met)
            .then(pl.when(positive).then(pace / required))
            .when(goal > projected)
            .then(pl.when(positive).then(pace / required).otherwise(1.0))
            .otherwise(pl.when(positive & (pace > 0)).then(required / pace).otherwise(0.0))
        )
        frame = frame.with_columns(_r=ratio).with_columns(_ratio=clean_expr(c("_r")))
        ratio = c("_ratio")
        cls = pl.when(met).then(pl.lit(ON_TRACK, dtype=pl.Int8)).otherwise(classify_expr(ratio))
        published = c("term").is_not_null()
        f = Forecasting(
            cls=pl.when(computed.is_not_null()).then(cls),
            method="cumulative_pace",
            projected=projected,
            required=required,
            ratio=ratio,
            remaining=remaining,
            final=published | (done == total),
            early=pl.when(published)
            .then(c("e_term").fill_null(False))
            .otherwise(cols.early_term(zip(cols.term_years, t, strict=True))),
        )
        return cols.forecast(frame, f)

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        return f"=SUM({cells.values})", False

    def empty_value(self, m: MetricResult) -> Decimal | int | str:
        return 0  # SUM of nothing
