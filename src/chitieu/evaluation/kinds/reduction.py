"""Reduction per year (``reduction_per_year``): a fall each year, judged every year.

From rates the yearly figures are the reductions. From levels each year's reduction is
(L_{y−1} − L_y) / L_{y−1} in percent, rounded half-up to the metric's decimals, from the
year before's level (or the baseline, when that is the year before). The years are then
judged as :mod:`chitieu.evaluation.kinds.every_year` judges them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.explain import Explanation
from chitieu.evaluation.formulas import FormulaError, reduction_pct
from chitieu.evaluation.kinds.base import Columns, YearCell, YearRow, decimals_format, year_check
from chitieu.evaluation.kinds.every_year import EveryYear
from chitieu.evaluation.results import MetricResult
from chitieu.figures.periods import Period
from chitieu.rounding import round_formula, round_half_up_expr
from chitieu.targets.model import GrowthInput, Kind, Metric, Tolerance

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


class Reduction(EveryYear):
    kinds = (Kind.REDUCTION_PER_YEAR,)
    formula = "each year: (L_{y−1} − L_y) / L_{y−1} ⋈ target"

    def part_year_speaks(self, metric: Metric, period: Period) -> bool:
        return False  # half a year's fall is not a year's

    def unit(self, metric: Metric) -> str:
        return "%"

    def from_levels(self, metric: Metric) -> bool:
        return metric.input is not GrowthInput.RATE

    def yearly_values(self, ctx: Context, ex: Explanation) -> dict[int, Decimal]:
        """The values judged each year: the rates, or the reductions derived from levels."""
        if not self.from_levels(ctx.metric):
            return super().yearly_values(ctx, ex)
        out = {}
        annual, base = ctx.series.annual, ctx.baseline()
        for y in ctx.years:
            current = annual.get(y)
            if current is None:
                continue
            if y - 1 in annual:
                previous: Decimal | None = annual[y - 1].value
                ctx.use(ex, annual[y - 1])
            elif base is not None and base[0] == y - 1:
                previous = base[1]
            else:
                previous = None
            if previous is None:
                ex.add("missing_years", years=str(y - 1))
                continue
            ctx.use(ex, current)
            try:
                r = reduction_pct(previous, current.value)
            except FormulaError as exc:
                ex.add("undefined", reason=str(exc))
                continue
            out[y] = ctx.rounded(r)
            ex.add("reduction", year=y, previous=previous, current=current.value, value=out[y])
        return out

    def year_value(self, cols: Columns, y: int) -> pl.Expr:
        # The year before, or the plan's baseline when it is that year's figure that is
        # missing, as in the exact rule.
        prev = pl.coalesce(
            cols.fig(y - 1), pl.when(pl.col("base_year") == y - 1).then(pl.col("base_value"))
        )
        from_levels = pl.col("input") == "level"
        reduction = pl.when(from_levels & prev.is_not_null() & (prev != 0)).then(
            round_half_up_expr((prev - cols.fig(y)) * 100 / prev.abs(), pl.col("scale"))
        )
        return pl.when(from_levels).then(reduction).otherwise(cols.fig(y))

    # -- Excel -----------------------------------------------------------------------------

    def method(self, metric: Metric) -> str:
        return "method_reduction" if self.from_levels(metric) else "method_each"

    def year_columns(self, metric: Metric) -> tuple[str, str, str]:
        return ("F", "G", "H") if self.from_levels(metric) else ("B", "F", "G")

    def titles(self, metric: Metric) -> dict[str, str]:
        titles = super().titles(metric)
        return {"F": "sheet_reduction", **titles} if self.from_levels(metric) else titles

    def shown_column(self, metric: Metric) -> str:
        return "F" if self.from_levels(metric) else ""

    def year_cells(
        self, m: MetricResult, at: YearRow, tolerance: Tolerance | None
    ) -> list[YearCell]:
        if not self.from_levels(m.metric):
            return super().year_cells(m, at, tolerance)
        if (
            not at.previous
        ):  # the first year falls from the baseline, and only from the year just before
            return []
        r, prev = at.row, f"B{at.row - 1}"
        check = year_check(m, at.year)
        fall = round_formula(f"({prev}-B{r})/ABS({prev})*100", m.metric.decimals)
        reduction = YearCell(
            "F",
            f'=IF(AND(ISNUMBER({prev}),ISNUMBER(B{r}),{prev}<>0),{fall},"")',
            "" if check is None else check.value,
            decimals_format(m.metric.decimals),
        )
        return [reduction, *super().year_cells(m, at, tolerance)]
