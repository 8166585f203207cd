"""The engine's rules applied with Polars to millions of figures across many units.

:func:`evaluate_frame` takes a long frame of figures (one row per vintage) for any number
of units and judges every (unit, metric) pair of a plan at once, as if each unit were the
plan's area. It is meant for screening: which of 2.000 communes are off target. The exact
engine (:mod:`chitieu.evaluation.engine`) stays the reference, and this module follows
its rules one by one:

* vintages: plan-stage rows never count; of the rows reported on or before ``as_of``, the
  most final stage wins (official > preliminary > estimate), and within a stage the
  latest report (:func:`chitieu.figures.vintages.vintage_rank`);
* level kinds (``level_at_end``, ``share_structure``, and ``count_of_units``, which here
  is a unit's own count) judge the value of the latest term year that has one;
* ``average_annual_growth`` judges (Π(1+gᵢ/100))^(1/n) − 1 for rates, or the compound
  growth from the baseline level for levels, rounded half-up to ``decimals``;
* ``cumulative_over_term`` judges the sum of the term's years;
* a figure published for the whole term (period kind ``term``) replaces the value
  computed for those two kinds;
* ``every_year`` and ``reduction_per_year`` judge each year (reductions from levels are
  (L₋₁ − L)/L₋₁ in percent, rounded); the worst year decides, "exceeded" only if every
  year exceeded, and the value shown is the rounded mean;
* ``other`` is judged by a person: the status is ``manual``.

Numbers are binary floats, not decimals. Float noise (7.499999999999996 for 7,5) would
flip strict comparisons and half-up rounding, so every computed value and every distance
to a bound is first snapped to 12 significant digits and at most 10 decimals (see
:func:`_clean`), far beyond the precision figures are published at. Figures with more
digits than that may be judged differently from the exact engine.

No Django, no database: Polars only, so the command line, the web app and the benchmarks
share it.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from chitieu.evaluation.statuses import Status
from chitieu.figures.model import Stage
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind, Metric, Plan

COLUMNS = ("unit_code", "metric", "year", "period_kind", "value", "stage", "as_of")
KNOWN_STAGES = tuple(s.value for s in Stage)
MAX_PROBLEMS = 20  # per kind of problem: the first ones are enough to find the cause
_RANK_STEP = 10_000_000  # more days than any date has since or before 1970

# Status codes ordered from best to worst, so that the worst year of a metric judged every
# year is a max(); they become the Status strings at the very end.
_CODES = (
    Status.EXCEEDED,
    Status.ACHIEVED,
    Status.NEARLY_ACHIEVED,
    Status.NOT_ACHIEVED,
    Status.NO_DATA,
    Status.MANUAL,
)
EXCEEDED, ACHIEVED, NEARLY, NOT_ACHIEVED, NO_DATA, MANUAL = range(len(_CODES))

_LEVEL_KINDS = (Kind.LEVEL_AT_END.value, Kind.SHARE_STRUCTURE.value, Kind.COUNT_OF_UNITS.value)
_YEARLY_KINDS = (Kind.EVERY_YEAR.value, Kind.REDUCTION_PER_YEAR.value)


# -- the plan as a small table -----------------------------------------------------------


def _mode(m: Metric) -> tuple[str, float | None, float | None]:
    """The comparison a metric needs, with "=" resolved the way :func:`judge` does."""
    low = float(m.low) if m.low is not None else None
    high = float(m.high) if m.high is not None else None
    comp, direction = m.comparator, m.direction
    if comp is Comparator.EQ:
        if direction is Direction.HIGHER_IS_BETTER:
            return "ge", low, None
        if direction is Direction.LOWER_IS_BETTER:
            return "le", None, low
        return "eq", low, None
    if comp is Comparator.RANGE:
        return f"range_{direction.value}", low, high
    return {">=": "ge", ">": "gt", "<=": "le", "<": "lt"}[comp.value], low, high


def metrics_table(plan: Plan) -> pl.DataFrame:
    """One row per metric: what :func:`evaluate_frame` joins to the figures."""
    rows = []
    for pos, m in enumerate(plan.metrics()):
        mode, low, high = ("manual", None, None) if m.is_manual else _mode(m)
        tol = m.tolerance or plan.tolerance
        growth_input = m.input.value if m.input is not None else None
        if m.kind is Kind.REDUCTION_PER_YEAR and m.input is not GrowthInput.RATE:
            growth_input = GrowthInput.LEVEL.value  # the engine's yearly_values does the same
        rows.append(
            {
                "metric": m.id,
                "pos": pos,
                "kind": m.kind.value,
                "input": growth_input or GrowthInput.RATE.value,
                "mode": mode,
                "lo": low,
                "hi": high,
                "tol_abs": float(tol.absolute) if tol and tol.absolute is not None else None,
                "tol_rel": float(tol.relative) if tol and tol.relative is not None else None,
                # 10**d is exact for the few decimals plans use, so k / scale is the nearest
                # float to the published decimal.
                "scale": float(10**m.decimals),
                "last_year": m.end_year,
                "base_value": float(m.baseline.value) if m.baseline is not None else None,
                "base_year": m.baseline.year if m.baseline is not None else None,
            }
        )
    schema = {
        "metric": pl.String,
        "pos": pl.Int32,
        "kind": pl.String,
        "input": pl.String,
        "mode": pl.String,
        "lo": pl.Float64,
        "hi": pl.Float64,
        "tol_abs": pl.Float64,
        "tol_rel": pl.Float64,
        "scale": pl.Float64,
        "last_year": pl.Int32,
        "base_value": pl.Float64,
        "base_year": pl.Int32,
    }
    return pl.DataFrame(rows, schema=schema)


# -- float arithmetic that agrees with the decimal engine --------------------------------


def _clean(x: pl.Expr) -> pl.Expr:
    """Snap float noise away: keep 12 significant digits, and at most 10 decimals.

    (1 + 7.5/100) − 1 gives 7.499999999999996 %; 65 − 64.8 gives 0.20000000000000284. The
    result is the float nearest to the decimal the engine would compute, so that ``==``,
    ``<=`` and half-up ties come out as they do with decimals.
    """
    magnitude = x.abs().log10().floor()
    k = pl.min_horizontal(pl.lit(10.0), pl.lit(11.0) - magnitude)  # 10 for x == 0 (−inf)
    up = pl.lit(10.0).pow(k)
    down = pl.lit(10.0).pow(-k)
    # Dividing by an exact power of ten rounds once, to the nearest float.
    return pl.when(k >= 0).then((x * up).round() / up).otherwise((x / down).round() * down)


def _round_half_up(x: pl.Expr, scale: pl.Expr) -> pl.Expr:
    """Round to the metric's decimals, ties away from zero (as ``ROUND_HALF_UP`` does)."""
    scaled = _clean(x * scale)
    return scaled.sign() * (scaled.abs() + 0.5).floor() / scale


def _judge(value: pl.Expr, tolerant: bool = True) -> pl.Expr:
    """The status code of ``value`` against the row's metric: :func:`judge`, vectorised.

    Without any tolerance in the plan a shortfall is simply not achieved, and the distance
    to the bound need not be computed.
    """
    v, lo, hi, mode = value, pl.col("lo"), pl.col("hi"), pl.col("mode")

    def short(distance: pl.Expr, bound: pl.Expr) -> pl.Expr:
        if not tolerant:
            return pl.lit(NOT_ACHIEVED)
        d = _clean(distance)
        by_abs = (d <= pl.col("tol_abs")).fill_null(False)
        by_rel = (d <= _clean(bound.abs() * pl.col("tol_rel"))).fill_null(False)
        return pl.when(by_abs | by_rel).then(pl.lit(NEARLY)).otherwise(pl.lit(NOT_ACHIEVED))

    below, above = short(lo - v, lo), short(v - hi, hi)
    inside = (v >= lo) & (v <= hi)
    return (
        pl.when(mode == "ge")
        .then(pl.when(v > lo).then(EXCEEDED).when(v == lo).then(ACHIEVED).otherwise(below))
        .when(mode == "gt")
        .then(pl.when(v > lo).then(ACHIEVED).otherwise(below))
        .when(mode == "le")
        .then(pl.when(v < hi).then(EXCEEDED).when(v == hi).then(ACHIEVED).otherwise(above))
        .when(mode == "lt")
        .then(pl.when(v < hi).then(ACHIEVED).otherwise(above))
        .when(mode == "eq")
        .then(pl.when(v == lo).then(ACHIEVED).otherwise(short((v - lo).abs(), lo)))
        .when(inside)
        .then(ACHIEVED)
        .when(mode == "range_higher_is_better")
        .then(pl.when(v > hi).then(EXCEEDED).otherwise(below))
        .when(mode == "range_lower_is_better")
        .then(pl.when(v < lo).then(EXCEEDED).otherwise(above))
        .otherwise(pl.when(v < lo).then(below).otherwise(above))  # range_within
        .cast(pl.Int8)
    )


# -- evaluation --------------------------------------------------------------------------


def _lazy(figures: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
    lf = figures.lazy()
    missing = [c for c in COLUMNS if c not in lf.collect_schema().names()]
    if missing:
        raise InputError(_missing("<figures>", missing))
    return lf


def _stage_rank() -> pl.Expr:
    # A when/then chain on the string column is several times faster than replace_strict.
    stage = pl.col("stage")
    official, preliminary, estimate = Stage.OFFICIAL, Stage.PRELIMINARY, Stage.ESTIMATE
    return (
        pl.when(stage == official.value)
        .then(pl.lit(official.rank, dtype=pl.Int32))
        .when(stage == preliminary.value)
        .then(preliminary.rank)
        .when(stage == estimate.value)
        .then(estimate.rank)
        .otherwise(0)  # plan and unknown stages: never an achievement
    )


def current_wide(
    plan: Plan, figures: pl.LazyFrame | pl.DataFrame, as_of: date | None = None
) -> pl.LazyFrame:
    """The current figure of every (unit, metric) period, one row per pair.

    Columns: ``unit_code``, ``pos`` (the metric's place in the plan), ``term`` and one
    column per year from the baseline year to the end year (``y2020`` … ``y2025``).

    Two group_bys instead of a sort. The first picks the current vintage of each
    (unit, metric, period) with ``max_by`` on one integer that packs the stage rank and
    the report date (the most final stage, then the latest report, has the largest key,
    as :func:`~chitieu.figures.vintages.vintage_rank` orders them);
    the metric becomes its small index and the period a slot number, so that no second
    string column is hashed. The second spreads the few periods of a pair into columns,
    so that the rules below are plain column arithmetic on one row per pair.
    """
    ids = [m.id for m in plan.metrics()]
    wanted = [m.id for m in plan.metrics() if not m.is_manual]
    years = range(plan.baseline_year, plan.end_year + 1)
    kind, year = pl.col("period_kind"), pl.col("year")
    keep = (
        pl.col("metric").is_in(wanted)
        & (pl.col("rank") > 0)
        # Only the baseline year (for levels and reductions) and the term's years matter.
        & ((kind == "term") | ((kind == "year") & year.is_between(years[0], years[-1])))
    )
    if as_of is not None:
        keep &= pl.col("as_of") <= pl.lit(as_of, dtype=pl.Date)
    # Every term figure of a pair is a vintage of one point (slot 0): the latest counts.
    slot = pl.when(kind == "term").then(0).otherwise(year - years[0] + 1).cast(pl.Int16)
    slot_col, value = pl.col("slot"), pl.col("value")
    return (
        _lazy(figures)
        .with_columns(rank=_stage_rank())
        .filter(keep)
        .select(
            "unit_code",
            pos=pl.col("metric").cast(pl.Enum(ids)).to_physical().cast(pl.Int32),
            slot=slot,
            value=value.cast(pl.Float64),
            # Rank (0–3) × 10⁷ + days since 1970 (−719.162 to 2.932.896 for years 1–9999):
            # ordered by stage, then by date.
            order=pl.col("rank").cast(pl.Int64) * _RANK_STEP + pl.col("as_of").cast(pl.Int64),
        )
        .group_by("unit_code", "pos", "slot")
        .agg(value.max_by("order"))
        .group_by("unit_code", "pos")
        .agg(
            pl.when(slot_col == 0).then(value).max().alias("term"),
            *[
                pl.when(slot_col == i).then(value).max().alias(f"y{y}")
                for i, y in enumerate(years, start=1)
            ],
        )
    )


def evaluate_frame(
    plan: Plan, figures: pl.LazyFrame | pl.DataFrame, as_of: date | None = None
) -> pl.DataFrame:
    """Judge every metric of ``plan`` for every unit of ``figures``, as known on ``as_of``.

    ``figures`` has the columns ``unit_code``, ``metric``, ``year``, ``period_kind``
    ('year' or 'term'; other kinds are ignored), ``value`` (float), ``stage`` and ``as_of``
    (date). Every unit with at least one current figure gets a row for every metric of the
    plan: ``unit_code``, ``metric``, ``value`` (the value judged, null without data),
    ``years_count`` (the term's years that entered the value) and ``status`` (a
    :class:`~chitieu.evaluation.statuses.Status` value).
    """
    # Collected once here: the rules below read the pairs several times, and the figures
    # must be scanned only once. The streaming engine reads them in batches.
    wide = current_wide(plan, figures, as_of).collect(engine="streaming").lazy()
    grid = (
        wide.select("unit_code")
        .unique()
        .join(metrics_table(plan).lazy(), how="cross")
        .join(wide, on=["unit_code", "pos"], how="left")
    )
    codes = pl.col("code").replace_strict(
        list(range(len(_CODES))), [s.value for s in _CODES], return_dtype=pl.String
    )
    return (
        _judge_pairs(plan, grid)
        .sort("unit_code", "pos")
        .select("unit_code", "metric", "value", "years_count", codes.alias("status"))
        .collect()
    )


def _has_tolerance(plan: Plan) -> bool:
    return plan.tolerance is not None or any(m.tolerance is not None for m in plan.metrics())


def _judge_pairs(plan: Plan, pairs: pl.LazyFrame) -> pl.LazyFrame:
    """From a pair's yearly and term figures to the value judged and its status code.

    Each family of kinds is computed on its own rows only: Polars evaluates every branch
    of a when/then, so one expression for all kinds would do every kind's work on every
    row.
    """
    rules = _Rules(plan)
    kind = pl.col("kind")
    families = [
        (kind.is_in(_LEVEL_KINDS), rules.level),
        (kind == Kind.AVERAGE_ANNUAL_GROWTH.value, rules.average_growth),
        (kind == Kind.CUMULATIVE_OVER_TERM.value, rules.cumulative),
        (kind.is_in(_YEARLY_KINDS), rules.every_year),
    ]
    out = ["unit_code", "pos", "metric", "value", "years_count", "code"]
    parts = [rule(pairs.filter(rows)).select(out) for rows, rule in families]
    manual = pairs.filter(kind == Kind.OTHER.value).select(
        "unit_code",
        "pos",
        "metric",
        value=pl.lit(None, dtype=pl.Float64),
        years_count=pl.lit(0, dtype=pl.Int32),
        code=pl.lit(MANUAL, dtype=pl.Int8),
    )
    return pl.concat([*parts, manual])


class _Rules:
    """The engine's rules per family of kinds, as Polars expressions over a plan's years."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.tolerant = _has_tolerance(plan)
        self.term_years = range(plan.start_year, plan.end_year + 1)

    def fig(self, y: int) -> pl.Expr:
        """The current figure of year ``y`` (null outside the years kept)."""
        if self.plan.baseline_year <= y <= self.plan.end_year:
            return pl.col(f"y{y}")
        return pl.lit(None, dtype=pl.Float64)

    def in_term(self) -> list[pl.Expr]:
        """The figures of the metric's term years (it may end before the plan does)."""
        return [
            pl.when(pl.lit(y) <= pl.col("last_year")).then(self.fig(y)) for y in self.term_years
        ]

    def with_term(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        return frame.with_columns(
            e.alias(f"t{y}") for y, e in zip(self.term_years, self.in_term(), strict=True)
        )

    def term_cols(self) -> list[pl.Expr]:
        return [pl.col(f"t{y}") for y in self.term_years]

    def count(self) -> pl.Expr:
        return pl.sum_horizontal(c.is_not_null() for c in self.term_cols()).cast(pl.Int32)

    def judged(self, frame: pl.LazyFrame, value: pl.Expr, years: pl.Expr) -> pl.LazyFrame:
        code = (
            pl.when(pl.col("value").is_null())
            .then(pl.lit(NO_DATA, dtype=pl.Int8))
            .otherwise(_judge(pl.col("value"), self.tolerant))
        )
        return frame.with_columns(value=value.cast(pl.Float64), years_count=years).with_columns(
            code=code
        )

    def level(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        """The value of the latest term year that has one."""
        frame = self.with_term(frame)
        return self.judged(frame, pl.coalesce(reversed(self.term_cols())), self.count())

    def average_growth(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        frame = self.with_term(frame)
        t, n, scale = self.term_cols(), self.count(), pl.col("scale")
        # From rates: (Π(1+g/100))^(1/n) − 1.
        factor = pl.lit(1.0)
        for c in t:
            factor = factor * (1 + c / 100).fill_null(1.0)
        from_rates = pl.when((n > 0) & (factor > 0)).then(
            _round_half_up((factor.pow(1 / n) - 1) * 100, scale)
        )
        # From levels: compound growth from the baseline level, a baseline-year figure or
        # else the plan's own baseline, to the latest level.
        base_fig = self.fig(self.plan.baseline_year)
        base = pl.coalesce(base_fig, "base_value")
        base_year = (
            pl.when(base_fig.is_not_null())
            .then(pl.lit(self.plan.baseline_year, dtype=pl.Int32))
            .otherwise(pl.col("base_year"))
        )
        last = pl.coalesce(reversed(t))
        last_year = pl.coalesce(
            pl.when(c.is_not_null()).then(pl.lit(y, dtype=pl.Int32))
            for y, c in zip(reversed(self.term_years), reversed(t), strict=True)
        )
        span = last_year - base_year
        from_levels = pl.when((n > 0) & (base > 0) & (last > 0) & (span > 0)).then(
            _round_half_up(((last / base).pow(1 / span) - 1) * 100, scale)
        )
        computed = pl.when(pl.col("input") == "level").then(from_levels).otherwise(from_rates)
        # A figure published for the whole term replaces the computed one.
        return self.judged(frame, pl.coalesce("term", computed), n)

    def cumulative(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        frame = self.with_term(frame)
        n = self.count()
        total = pl.when(n > 0).then(_clean(pl.sum_horizontal(self.term_cols())))
        return self.judged(frame, pl.coalesce("term", total), n)

    def every_year(self, frame: pl.LazyFrame) -> pl.LazyFrame:
        """Each year judged (the figure, or the reduction from the year before); the worst
        year decides and the value shown is the rounded mean."""
        scale, last_year = pl.col("scale"), pl.col("last_year")
        from_levels = pl.col("input") == "level"
        yearly = []
        for y in self.term_years:
            # The year before, or the plan's baseline when it is that year's figure that
            # is missing, as in the engine.
            prev = pl.coalesce(
                self.fig(y - 1),
                pl.when(pl.col("base_year") == y - 1).then(pl.col("base_value")),
            )
            reduction = pl.when(from_levels & prev.is_not_null() & (prev != 0)).then(
                _round_half_up((prev - self.fig(y)) * 100 / prev.abs(), scale)
            )
            value = pl.when(from_levels).then(reduction).otherwise(self.fig(y))
            yearly.append(pl.when(pl.lit(y) <= last_year).then(value).alias(f"r{y}"))
        r = [pl.col(f"r{y}") for y in self.term_years]
        frame = frame.with_columns(yearly).with_columns(
            pl.when(c.is_not_null()).then(_judge(c, self.tolerant)).alias(f"s{y}")
            for y, c in zip(self.term_years, r, strict=True)
        )
        n = pl.sum_horizontal(c.is_not_null() for c in r).cast(pl.Int32)
        mean = pl.when(n > 0).then(_round_half_up(pl.sum_horizontal(r) / n, scale))
        # Codes run from best to worst, so the worst year is the largest; no year is null.
        worst = pl.max_horizontal(pl.col(f"s{y}") for y in self.term_years)
        code = pl.when(n > 0).then(worst).otherwise(pl.lit(NO_DATA, dtype=pl.Int8))
        return frame.with_columns(value=mean.cast(pl.Float64), years_count=n, code=code)


# -- checking ----------------------------------------------------------------------------


def check_frame(
    plan: Plan, frame: pl.LazyFrame | pl.DataFrame, name: str = "<figures>"
) -> list[Problem]:
    """What is wrong with a figures frame, each problem naming its row (the first is 1).

    Unknown metrics and stages, duplicate rows (same metric, unit, year, period kind,
    stage and as_of: a revision needs a later as_of or another stage), annual rows without
    a year and years outside the plan's baseline..end years. At most the first 20 of each
    kind are reported.
    """
    lf = frame.lazy()
    names = lf.collect_schema().names()
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        return _missing(name, missing)
    lf = lf.with_row_index("row", offset=1)
    row, year = pl.col("row"), pl.col("year")
    ids = [m.id for m in plan.metrics()]
    key = ["metric", "unit_code", "year", "period_kind", "stage", "as_of"]
    # (code, field, the rows at fault with the message's values as columns)
    queries = [
        (
            "figures.measure_unknown",
            "metric",
            lf.filter(~pl.col("metric").is_in(ids)).select("row", m="metric", plan=pl.lit(plan.id)),
        ),
        (
            "figures.bad_stage",
            "stage",
            lf.filter(~pl.col("stage").is_in(KNOWN_STAGES)).select("row", v="stage"),
        ),
        (
            "figures.duplicate",
            "as_of",
            lf.with_columns(n=row.min().over(key)).filter(row != pl.col("n")).select("row", "n"),
        ),
        (
            "figures.year_missing",
            "year",
            lf.filter(year.is_null() & (pl.col("period_kind") == "year")).select("row"),
        ),
        (
            "figures.year_outside",
            "year",
            lf.filter(~year.is_between(plan.baseline_year, plan.end_year)).select(
                "row", year=year, base=pl.lit(plan.baseline_year), end=pl.lit(plan.end_year)
            ),
        ),
    ]
    found = pl.collect_all([q.sort("row").head(MAX_PROBLEMS) for _code, _fld, q in queries])
    return [
        Problem(name, code, {k: v for k, v in r.items() if k != "row"}, field=fld, row=r["row"])
        for (code, fld, _q), df in zip(queries, found, strict=True)
        for r in df.iter_rows(named=True)
    ]


def _missing(name: str, columns: list[str]) -> list[Problem]:
    return [Problem(name, "figures.column_missing", {"c": c}, field=c) for c in columns]
