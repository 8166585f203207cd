"""Every year (``every_year``): each year of the term is judged on its own.

The worst year decides: one year not achieved and the target is not achieved, "exceeded"
only if every year exceeded. The value shown is the rounded mean of the years. A year
that failed on a figure reported after it ended cannot be made good: off track.
:mod:`chitieu.evaluation.kinds.reduction` judges its yearly reductions the same way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.explain import Explanation, Verdict
from chitieu.evaluation.forecasts import AT_RISK, OFF_TRACK, ON_TRACK
from chitieu.evaluation.kinds.base import (
    Cells,
    Columns,
    Forecasting,
    MeasureKind,
    YearCell,
    YearRow,
    year_check,
)
from chitieu.evaluation.results import Forecast, MetricResult, YearCheck
from chitieu.evaluation.statuses import (
    ACHIEVED,
    NO_DATA,
    STATUS_CODES,
    ForecastClass,
    Status,
    met_formula,
    status_code_formula,
)
from chitieu.figures.periods import Period
from chitieu.rounding import round_formula, round_half_up_expr
from chitieu.targets.model import Kind, Metric, Tolerance

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


class EveryYear(MeasureKind):
    kinds: tuple[Kind, ...] = (Kind.EVERY_YEAR,)
    formula = "each year: value ⋈ target"
    method_key = "method_each"

    def part_year_speaks(self, metric: Metric, period: Period) -> bool:
        return True  # a yearly rate, in any year of the term

    def unit(self, metric: Metric) -> str:
        """The unit of the values judged each year."""
        return metric.unit

    def yearly_values(self, ctx: Context, ex: Explanation) -> dict[int, Decimal]:
        """The values judged each year: the figures."""
        return {y: f.value for y, f in ctx.term_figures(ex).items()}

    def evaluate(self, ctx: Context) -> MetricResult:
        ex = Explanation(formula=self.formula)
        values = self.yearly_values(ctx, ex)
        if not values:
            return ctx.no_data(ex)
        checks = [YearCheck(y, v, ctx.judge(v)) for y, v in sorted(values.items())]
        mean = ctx.rounded(sum(values.values(), Decimal(0)) / len(values))
        self.explain(ctx, ex, checks, mean)
        ctx.missing_years(ex, values)
        final = len(values) == len(ctx.years)
        forecast = None if final else self.forecast(ctx, checks, mean)
        return ctx.result(
            worst(checks),
            ex,
            value=mean,
            computed=mean,
            final=final,
            years=checks,
            forecast=forecast,
        )

    def explain(
        self, ctx: Context, ex: Explanation, checks: list[YearCheck], mean: Decimal
    ) -> None:
        unit = self.unit(ctx.metric)
        early = {f.period.year for f in ctx.early}
        for c in checks:
            ex.add(
                "year_check",
                year=c.year,
                value=c.value,
                unit=unit,
                status=Verdict(c.status, c.year not in early),  # an early figure: not yet
            )
        held = sum(1 for c in checks if c.status.is_met)
        ex.add("years_held", held=held, total=len(ctx.years), mean=mean, unit=unit)

    def forecast(self, ctx: Context, checks: list[YearCheck], mean: Decimal) -> Forecast:
        held = sum(1 for c in checks if c.status.is_met)
        if held == len(checks):
            cls = ctx.part_year_signal()
        elif ctx.failed_for_good(checks, self.from_levels(ctx.metric)):
            cls = ForecastClass.OFF_TRACK  # a year that failed cannot be made good
        else:
            cls = ForecastClass.AT_RISK  # the failed year's figure came before it ended
        ratio = Decimal(held) / len(checks)
        remaining = len(ctx.years) - len(checks)
        return Forecast(cls, "yearly_record", mean, ctx.metric.bound, "per_year", ratio, remaining)

    # -- Polars ----------------------------------------------------------------------------

    def year_value(self, cols: Columns, y: int) -> pl.Expr:
        """The value judged in year ``y``: the figure."""
        return cols.fig(y)

    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Each year judged; the worst year decides and the value shown is the rounded mean."""
        years = cols.term_years
        yearly = [
            pl.when(pl.lit(y) <= pl.col("last_year")).then(self.year_value(cols, y)).alias(f"r{y}")
            for y in years
        ]
        r = [pl.col(f"r{y}") for y in years]
        frame = frame.with_columns(yearly).with_columns(
            pl.when(c.is_not_null()).then(cols.judge(c)).alias(f"s{y}")
            for y, c in zip(years, r, strict=True)
        )
        n = pl.sum_horizontal(c.is_not_null() for c in r).cast(pl.Int32)
        mean = pl.when(n > 0).then(round_half_up_expr(pl.sum_horizontal(r) / n, pl.col("scale")))
        # Codes run from best to worst, so the worst year is the largest; no year is null.
        worst_code = pl.max_horizontal(pl.col(f"s{y}") for y in years)
        code = pl.when(n > 0).then(worst_code).otherwise(pl.lit(NO_DATA, dtype=pl.Int8))
        return frame.with_columns(value=mean.cast(pl.Float64), years_count=n, code=code)

    def forecast_frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """:meth:`forecast`: the yearly record so far. Part-year figures are not read, so a
        record held every year is on track."""
        years = cols.term_years
        r = [pl.col(f"r{y}") for y in years]
        s = [pl.col(f"s{y}") for y in years]
        n = pl.sum_horizontal(c.is_not_null() for c in r).cast(pl.Int32)
        held = pl.sum_horizontal((c <= ACHIEVED).fill_null(False) for c in s)
        levels = pl.col("input") == "level"
        # A year's value rests on its figure, and for a fall from levels on the year
        # before's too (Context.failed_for_good, Context.use).
        early = [cols.early(y) | (levels & cols.early(y - 1)) for y in years]
        frame = frame.with_columns(
            _failed=pl.any_horizontal(
                False,
                *((c > ACHIEVED).fill_null(False) & ~e for c, e in zip(s, early, strict=True)),
            ),
            _n=n,
            _held=held,
        )
        failed, n, held = pl.col("_failed"), pl.col("_n"), pl.col("_held")
        cls = (
            pl.when(held == n)
            .then(pl.lit(ON_TRACK, dtype=pl.Int8))
            .when(failed)
            .then(pl.lit(OFF_TRACK, dtype=pl.Int8))
            .otherwise(pl.lit(AT_RISK, dtype=pl.Int8))
        )
        f = Forecasting(
            cls=pl.when(n > 0).then(cls),
            method="yearly_record",
            projected=pl.col("value"),
            required=pl.col("bound"),
            ratio=held / n,
            remaining=cols.total() - n,
            final=n == cols.total(),
            early=pl.any_horizontal(
                False, *(c.is_not_null() & e for c, e in zip(r, early, strict=True))
            ),
            failed=failed,
        )
        return cols.forecast(frame, f)

    # -- Excel -----------------------------------------------------------------------------

    def year_columns(self, metric: Metric) -> tuple[str, str, str]:
        """The columns of the value judged each year, whether it is met, its status code."""
        return "B", "F", "G"

    def titles(self, metric: Metric) -> dict[str, str]:
        _, met, code = self.year_columns(metric)
        return {met: "sheet_met", code: "sheet_code"}

    def met_column(self, metric: Metric) -> str:
        return self.year_columns(metric)[1]

    def code_column(self, metric: Metric) -> str:
        return self.year_columns(metric)[2]

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        col = self.year_columns(metric)[0]
        values = f"{col}{cells.first}:{col}{cells.last}"
        return f"={round_formula(f'AVERAGE({values})', metric.decimals)}", True

    def year_cells(
        self, m: MetricResult, at: YearRow, tolerance: Tolerance | None
    ) -> list[YearCell]:
        judged, met, code = self.year_columns(m.metric)
        x, c = f"{judged}{at.row}", f"{code}{at.row}"
        check = year_check(m, at.year)
        status = status_code_formula(m.metric, tolerance, x)
        return [
            YearCell(
                code,
                f'=IF(ISNUMBER({x}),{status},"")',
                "" if check is None else STATUS_CODES.index(check.status),
            ),
            YearCell(
                met,
                f'=IF(ISNUMBER({c}),IF({met_formula(c)},1,0),"")',
                "" if check is None else int(check.status.is_met),
            ),
        ]


def worst(checks: list[YearCheck]) -> Status:
    """The worst year decides; "exceeded" only if every year exceeded."""
    statuses = [c.status for c in checks]
    if Status.NOT_ACHIEVED in statuses:
        return Status.NOT_ACHIEVED
    if Status.NEARLY_ACHIEVED in statuses:
        return Status.NEARLY_ACHIEVED
    if all(st is Status.EXCEEDED for st in statuses):
        return Status.EXCEEDED
    return Status.ACHIEVED
