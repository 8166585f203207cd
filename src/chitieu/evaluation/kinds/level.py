"""Level, share and count: the value reached in the end year (``level_at_end``,
``share_structure``, ``count_of_units``).

Before the end year the latest year's value is judged, with a trend forecast. A count of
units given per unit is counted over the units in force (the unit registry) when the
evaluation has one, else as the units whose figure is at least 1.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation import derived
from chitieu.evaluation.explain import Explanation
from chitieu.evaluation.forecasts import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    classify_expr,
    target_side_expr,
    trend_forecast,
)
from chitieu.evaluation.kinds.base import Cells, Columns, Forecasting, MeasureKind
from chitieu.evaluation.results import MetricResult, UnitCount, YearPoint
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.rounding import clean_expr
from chitieu.targets.model import Kind, Metric
from chitieu.vnnumbers import format_date

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


class Level(MeasureKind):
    kinds = (Kind.LEVEL_AT_END, Kind.SHARE_STRUCTURE, Kind.COUNT_OF_UNITS)
    one_value = True

    def evaluate(self, ctx: Context) -> MetricResult:
        m, s = ctx.metric, ctx.series
        ex = Explanation(formula="value in the end year")
        values: dict[int, Decimal] = {}
        for y in ctx.years:
            f = s.annual.get(y)
            if f is not None:
                values[y] = f.value
                ctx.use(ex, f)
            elif m.kind is Kind.COUNT_OF_UNITS and s.units.get(y):
                values[y] = count_units(ctx, y, s.units[y], ex)
        if not values:
            return ctx.no_data(ex)
        last = max(values)
        value = values[last]
        final = last == m.end_year
        if final:
            ex.add("value_of_year", year=last, value=value, unit=m.unit)
        else:
            ex.add("latest_year", end=m.end_year, year=last, value=value, unit=m.unit)
        forecast = None if final else trend_forecast(m, trend_points(ctx, values))
        return ctx.result(ctx.judge(value), ex, value=value, final=final, forecast=forecast)

    def per_year(
        self, ctx: Context, result: MetricResult
    ) -> tuple[list[YearPoint], list[UnitCount]]:
        """The level of each year, or the units counted, for a count reported unit by unit."""
        points: list[YearPoint] = []
        counted: list[UnitCount] = []
        for y in ctx.years:
            f = ctx.series.annual.get(y)
            if f is not None:
                points.append(YearPoint(y, f.value, derived.stage_of(f)))
            elif ctx.metric.kind is Kind.COUNT_OF_UNITS and ctx.series.units.get(y):
                figures = ctx.series.units[y]
                c = derived.count_units(y, figures, ctx.units, ctx.plan.area.code)
                counted.append(c)
                least = min(figures, key=lambda u: u.stage.rank)
                points.append(YearPoint(y, Decimal(c.met), derived.stage_of(least)))
        return points, counted

    def part_year_speaks(self, metric: Metric, period: Period) -> bool:
        # a level in % in its end year, when the level reached that year is the one judged;
        # a count is not a percentage of anything
        return metric.kind is not Kind.COUNT_OF_UNITS and period.year == metric.end_year

    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """The value of the latest term year that has one (a unit's own count)."""
        frame = cols.with_term(frame)
        return cols.judged(frame, pl.coalesce(reversed(cols.term_cols())), cols.count())

    def forecast_frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        """:func:`~chitieu.evaluation.forecasts.trend_forecast` through the term's values,
        after the baseline level when it is older than the first (:func:`trend_points`)."""
        frame, c = _trend(cols, frame), pl.col
        end, n, latest = c("last_year"), c("_n"), c("_latest")
        last_year, v0 = c("_last_year"), c("_v0")
        # Cleaned of float noise to be compared, reported as computed.
        projected, raw = c("_projected"), c("_raw")
        frame = frame.with_columns(_goal=target_side_expr(projected))
        goal = c("_goal")
        frame = frame.with_columns(
            _ratio=pl.when(goal != v0).then(clean_expr((raw - v0) / (goal - v0))),
            _met=cols.satisfies(projected),
            _latest_met=cols.satisfies(latest),
        )
        ratio, met, trend = c("_ratio"), c("_met"), n >= 2
        band_met = trend & met & c("within")  # inside a band: no end to aim at
        cls = (
            pl.when(~trend)
            .then(pl.when(c("_latest_met")).then(pl.lit(ON_TRACK, dtype=pl.Int8)))
            .when(met)
            .then(ON_TRACK)
            .when(ratio.is_null())
            .then(OFF_TRACK)
            .otherwise(pl.max_horizontal(classify_expr(ratio), pl.lit(AT_RISK, dtype=pl.Int8)))
        )
        method = (
            pl.when(~trend)
            .then(pl.lit("already_met"))
            .when(c("_compound"))
            .then(pl.lit("trend_compound"))
            .otherwise(pl.lit("trend_linear"))
        )
        f = Forecasting(
            cls=cls,
            method=method,
            projected=pl.when(trend).then(raw).otherwise(latest),
            required=pl.when(trend & ~band_met).then(
                clean_expr((goal - latest) / (end - last_year))
            ),
            ratio=pl.when(trend & ~band_met).then(ratio),
            remaining=end - last_year,
            final=last_year == end,
            early=cols.early_term(zip(cols.term_years, cols.term_cols(), strict=True)),
        )
        return cols.forecast(frame, f)

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        return f"={cells.latest()[0]}", False

    def empty_value(self, m: MetricResult) -> Decimal | int | str:
        return m.value if m.value is not None else "#N/A"  # LOOKUP of the latest number


def _trend(cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
    """The columns of a level's trend: ``_n`` points, the first value ``_v0``, the latest
    value and year, and the projection to the end year, ``_raw`` and cleaned
    (``_projected``); linear, or compound when asked and possible (``_compound``)."""
    # Each step is a column: nested expressions would repeat their inputs in the plan.
    years, t, c = cols.term_years, cols.term_cols(), pl.col
    end, pairs = c("last_year"), list(zip(years, t, strict=True))
    base_fig = cols.fig(cols.plan.baseline_year)
    frame = frame.with_columns(
        _first_year=pl.coalesce(pl.when(v.is_not_null()).then(y) for y, v in pairs),
        _last_year=pl.coalesce(pl.when(v.is_not_null()).then(y) for y, v in reversed(pairs)),
        _latest=pl.coalesce(reversed(t)),
        _first=pl.coalesce(t),
        _base=pl.coalesce(base_fig, "base_value"),
        _base_year=pl.when(base_fig.is_not_null())
        .then(cols.plan.baseline_year)
        .otherwise(c("base_year")),
    )
    with_base = (c("_base").is_not_null() & (c("_base_year") < c("_first_year"))).fill_null(False)
    # Least squares through the points, years counted from the end year (small numbers).
    xs = [(pl.lit(y) - end, v) for y, v in pairs]
    xs.append((c("_base_year") - end, pl.when(c("_with_base")).then(c("_base"))))
    frame = frame.with_columns(_with_base=with_base).with_columns(
        _n=pl.sum_horizontal(v.is_not_null() for _x, v in xs),
        _sx=pl.sum_horizontal(pl.when(v.is_not_null()).then(x) for x, v in xs),
        _sy=pl.sum_horizontal(v for _x, v in xs),
        _sxx=pl.sum_horizontal(pl.when(v.is_not_null()).then(x * x) for x, v in xs),
        _sxy=pl.sum_horizontal(x * v for x, v in xs),
        _v0=pl.when(c("_with_base")).then(c("_base")).otherwise(c("_first")),
        _x0=pl.when(c("_with_base")).then(c("_base_year")).otherwise(c("_first_year")),
    )
    n, sx, sy, sxx, sxy = c("_n"), c("_sx"), c("_sy"), c("_sxx"), c("_sxy")
    latest, last_year, v0 = c("_latest"), c("_last_year"), c("_v0")
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    compound = c("compound") & (v0 > 0) & (latest > 0)
    grown = latest * (latest / v0).pow((end - last_year) / (last_year - c("_x0")))
    return frame.with_columns(
        _compound=compound, _raw=pl.when(compound).then(grown).otherwise((sy - slope * sx) / n)
    ).with_columns(_projected=clean_expr(c("_raw")))


def count_units(ctx: Context, year: int, figures: list[Figure], ex: Explanation) -> Decimal:
    """The units meeting the standard in a year, from the figures of each unit (the one
    counting rule is :func:`chitieu.evaluation.derived.count_units`)."""
    for f in figures:
        ctx.use(ex, f)
    c = derived.count_units(year, figures, ctx.units, ctx.plan.area.code)
    if c.total is not None and c.scope is not None:  # the registry knows the area's units
        ex.add(
            "counted_units_of",
            year=year,
            met=c.met,
            total=c.total,
            unit=ctx.metric.unit,
            scope=format_date(c.scope),  # 31/12/2024, as the documents write it
        )
    else:
        ex.add("counted_units", year=year, count=Decimal(c.met))
    return Decimal(c.met)


def trend_points(ctx: Context, values: dict[int, Decimal]) -> list[tuple[int, Decimal]]:
    """The yearly values, after the baseline level when it is older than the first."""
    points = sorted(values.items())
    base = ctx.baseline()
    if base is not None and base[0] < points[0][0]:
        points.insert(0, (base[0], base[1]))
    return points
