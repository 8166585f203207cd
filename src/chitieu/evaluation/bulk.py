"""The engine's rules applied with Polars to millions of figures across many units.

:func:`evaluate_frame` takes a long frame of figures (one row per vintage) for any number
of units and judges every (unit, metric) pair of a plan at once, as if each unit were the
plan's area. It is meant for screening: which of 2.000 communes are off target. The exact
engine (:mod:`chitieu.evaluation.engine`) stays the reference. Each kind's Polars rule
sits next to its exact rule in :mod:`chitieu.evaluation.kinds` (``frame``), and judging a
value against its bound is the Polars twin of the one rule
(:func:`chitieu.evaluation.statuses.judge_expr`). The rules, one by one:

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
:func:`chitieu.rounding.clean_expr`), far beyond the precision figures are published
at. Figures with more digits than that may be judged differently from the exact engine.

No Django, no database: Polars only, so the command line, the web app and the benchmarks
share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import polars as pl

from chitieu.evaluation.forecasts import FORECAST_CODES, goal_bounds
from chitieu.evaluation.kinds import RULES, rule_of
from chitieu.evaluation.kinds.base import FORECAST_COLUMNS, Columns
from chitieu.evaluation.statuses import BOUND_SCHEMA, STATUS_CODES, bound_columns
from chitieu.figures.model import Stage
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Direction, Metric, Plan, Trend

COLUMNS = ("unit_code", "metric", "year", "period_kind", "value", "stage", "as_of")
KNOWN_STAGES = tuple(s.value for s in Stage)
MAX_PROBLEMS = 20  # per kind of problem: the first ones are enough to find the cause
# A vintage key: the stage rank × 2²² + the days since 1-1-1, below 2²⁴ (2²² days is
# more than 11.000 years); the bulk evaluator packs a point above it.
_RANK_STEP = 1 << 22
_DAY_ONE = 719_162  # days from 1-1-1 to 1-1-1970
_KEYS = 1 << 24
BATCH_ROWS = 400_000  # figures read at a time by the bulk evaluator
# The columns a pair's own target (``goals``) replaces: what it is judged against
# (:data:`~chitieu.evaluation.statuses.BOUND_SCHEMA`'s bounds) and what its forecast aims
# at (:func:`~chitieu.evaluation.forecasts.goal_bounds`).
GOAL_COLUMNS = ("mode", "lo", "hi", "bound", "band_lo", "band_hi")


# -- the plan as a small table -----------------------------------------------------------


def metrics_table(plan: Plan) -> pl.DataFrame:
    """One row per metric: what :func:`evaluate_frame` joins to the figures."""
    rows = []
    for pos, m in enumerate(plan.metrics()):
        rule = rule_of(m)
        rows.append(
            {
                "metric": m.id,
                "pos": pos,
                "kind": m.kind.value,
                "input": "level" if rule.from_levels(m) else "rate",
                **bound_columns(m, m.tolerance or plan.tolerance),
                # 10**d is exact for the few decimals plans use, so k / scale is the nearest
                # float to the published decimal.
                "scale": float(10**m.decimals),
                "last_year": m.end_year,
                "base_value": float(m.baseline.value) if m.baseline is not None else None,
                "base_year": m.baseline.year if m.baseline is not None else None,
                **_goal_columns(m),
            }
        )
    schema = {
        "metric": pl.String,
        "pos": pl.Int32,
        "kind": pl.String,
        "input": pl.String,
        **BOUND_SCHEMA,
        "scale": pl.Float64,
        "last_year": pl.Int32,
        "base_value": pl.Float64,
        "base_year": pl.Int32,
        "bound": pl.Float64,
        "band_lo": pl.Float64,
        "band_hi": pl.Float64,
        "within": pl.Boolean,
        "compound": pl.Boolean,
    }
    return pl.DataFrame(rows, schema=schema)


def _goal_columns(m: Metric) -> dict[str, Any]:
    """What a forecast aims at (:func:`~chitieu.evaluation.forecasts.target_side_expr`)."""
    return {
        **{c: None if b is None else float(b) for c, b in goal_bounds(m).items()},
        "within": m.direction is Direction.WITHIN,
        "compound": m.trend is Trend.COMPOUND,
    }


# -- evaluation --------------------------------------------------------------------------


def _lazy(figures: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
    lf = figures.lazy()
    missing = [c for c in COLUMNS if c not in lf.collect_schema().names()]
    if missing:
        raise InputError(missing_columns("<figures>", missing))
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


def _vintage_order(rank: pl.Expr) -> pl.Expr:
    """A vintage's :func:`~chitieu.figures.vintages.vintage_rank` packed in one integer:
    the stage rank (0–3) × 2²² + days since 1-1-1 (0 to 3.652.058 for years 1–9999),
    ordered by stage, then by report date; below 2²⁴."""
    return rank.cast(pl.Int64) * _RANK_STEP + pl.col("as_of").cast(pl.Int64) + _DAY_ONE


def current_vintage_rows(
    rows: pl.DataFrame, keys: Sequence[str], as_of: date | None = None
) -> list[int]:
    """The Polars twin of :func:`chitieu.figures.vintages.current_vintages`.

    ``rows`` has the key columns, ``stage`` and ``as_of`` (date); the answer is the
    position (from 0) of each key's current vintage known on ``as_of`` (plan-stage rows
    and rows reported later never count), keys in the order of their first row, as
    ``current_vintages`` orders them.
    """
    return _picked(rows, keys, as_of).get_column("_row").to_list()


def current_vintage_rows_first(
    rows: pl.DataFrame, keys: Sequence[str], as_of: date | None = None
) -> tuple[list[int], list[int]]:
    """:func:`current_vintage_rows`, and the position of each key's first row that
    counts (the row that places the key)."""
    picked = _picked(rows, keys, as_of, first=True)
    return picked.get_column("_row").to_list(), picked.get_column("_first").to_list()


def _picked(
    rows: pl.DataFrame, keys: Sequence[str], as_of: date | None, first: bool = False
) -> pl.DataFrame:
    keep = pl.col("_rank") > 0
    if as_of is not None:
        keep &= pl.col("as_of") <= pl.lit(as_of, dtype=pl.Date)
    row = pl.col("_row")
    aggs = [row.max_by(_vintage_order(pl.col("_rank")))]
    if first:
        aggs.append(row.first().alias("_first"))
    return (
        rows.lazy()
        .with_row_index("_row")
        .with_columns(_rank=_stage_rank())
        .filter(keep)
        .group_by(list(keys), maintain_order=True)
        .agg(aggs)
        .collect()
    )


def current_wide(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    as_of: date | None = None,
    early: bool = False,
) -> pl.DataFrame:
    """The current figure of every (unit, metric) period, one row per pair of the units
    with a current figure (null where a pair has none).

    Columns: ``unit_code``, ``pos`` (the metric's place in the plan), ``term`` and one
    column per year from the baseline year to the end year (``y2020`` … ``y2025``).

    The current vintage of a period is the one with the largest vintage key (the most
    final stage, then the latest report, as :func:`~chitieu.figures.vintages.vintage_rank`
    orders them; the first row of equal keys). The figures are read once, in batches,
    into one slot per (unit, metric, period) (:class:`_Slots`): memory is bounded by the
    pairs, not the rows. The rules below are then plain column arithmetic on one row per
    pair.

    With ``early``, also ``e_term`` and ``e2020`` …: whether the current figure was
    reported before its period ended (:func:`~chitieu.figures.vintages.reported_early`;
    a term ends with the plan), what forecasts need.
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
        # a figure without a unit or a report date is never current
        & pl.col("unit_code").is_not_null()
        & pl.col("as_of").is_not_null()
    )
    if as_of is not None:
        keep &= pl.col("as_of") <= pl.lit(as_of, dtype=pl.Date)
    # Every term figure of a pair is a vintage of one point (slot 0): the latest counts.
    slot = pl.when(kind == "term").then(0).otherwise(year - years[0] + 1).cast(pl.Int64)
    carried = {"y": pl.col("value").cast(pl.Float64)}
    if early:
        # reported on or before the last day of its period (its year, or the term's end)
        end = pl.when(kind == "term").then(plan.end_year).otherwise(year)
        carried["e"] = pl.col("as_of").dt.year() <= end
    names = ["_term", *(str(y) for y in years)]
    pos = pl.col("metric").cast(pl.Enum(ids)).to_physical().cast(pl.Int64)
    slots = _Slots(len(ids), names, list(carried))
    # the metric's place, the period's slot and the vintage: the unit comes in _Slots
    key = (pos * len(names) + slot) * _KEYS + _vintage_order(pl.col("rank"))
    slots.read(_lazy(figures), keep, key=key, **carried)
    return slots.wide().rename({"y_term": "term"})


class _Slots:
    """The current vintage of every (unit, metric, period), in flat columns.

    A point's place is (unit × metrics + metric) × periods + period, units numbered as
    they are first seen; a row's key is its point × 2²⁴ + its vintage key. A batch is
    sorted by key, largest first (stable: equal keys keep their order), so that each
    point's first row is its current vintage in the batch; the point takes it if its
    vintage key is larger than the one held: the first row of equal keys wins, as in
    :func:`~chitieu.figures.vintages.current_vintages`. Memory: one batch, and a value, a
    vintage key (and a flag) per point of the units seen.
    """

    def __init__(self, metrics: int, names: list[str], carried: list[str]) -> None:
        self.metrics, self.names, self.carried = metrics, names, carried
        self.per_unit = metrics * len(names)
        self.codes = pl.Series("unit_code", [], pl.String)
        self.order = pl.Series("o", [], pl.Int32)
        self.values = {c: pl.Series(c, [], pl.Boolean if c == "e" else pl.Float64) for c in carried}

    def read(self, figures: pl.LazyFrame, keep: pl.Expr, **columns: pl.Expr) -> None:
        """Fold in the figures ``keep`` keeps (it may use ``rank``), ``unit_code`` and
        ``columns`` of each, reading :data:`BATCH_ROWS` rows at a time.

        Slices of the input, one query each, rather than a stream: a stream reads ahead
        of its consumer without bound when the machine is busy. A Parquet scan reads only
        the row groups of its slice; a frame's slice is a view. Any other lazy query would
        run again for each slice: callers hand a frame or a scan.
        """
        total = figures.select(pl.len()).collect().item()
        for start in range(0, total, BATCH_ROWS):
            batch = (
                figures.slice(start, BATCH_ROWS)
                .with_columns(rank=_stage_rank())
                .filter(keep)
                .select("unit_code", **columns)
                .collect()
            )
            self.add(batch)

    def add(self, batch: pl.DataFrame) -> None:
        codes = batch.get_column("unit_code")
        uid = codes.cast(pl.Enum(self.codes), strict=False)
        if uid.null_count():  # units not seen before (the input has no null unit)
            self._number(codes.filter(uid.is_null()))
            uid = codes.cast(pl.Enum(self.codes))
        key, point = pl.col("key"), pl.col("key") // _KEYS
        best = (
            batch.select(
                key + uid.to_physical().cast(pl.Int64) * (self.per_unit * _KEYS), *self.carried
            )
            .sort("key", descending=True, maintain_order=True)
            .filter(point != point.shift(1, fill_value=-1))
            .select(*self.carried, at=point, order=(key % _KEYS).cast(pl.Int32))
        )
        held = self.order.gather(best.get_column("at"))
        best = best.filter(held.is_null() | (best.get_column("order") > held))
        at = best.get_column("at")
        self.order.scatter(at, best.get_column("order"))
        for c in self.carried:
            self.values[c].scatter(at, best.get_column(c))

    def _number(self, fresh: pl.Series) -> None:
        """Number units not seen before, and make room for their points."""
        self.codes = pl.concat([self.codes, fresh.unique(maintain_order=True)])
        size, held = self.codes.len() * self.per_unit, self.order.len()
        if size > held:
            grow = max(size, 2 * held) - held  # doubling: units arrive over many batches
            self.order = self.order.extend_constant(None, grow)
            self.values = {c: s.extend_constant(None, grow) for c, s in self.values.items()}

    def wide(self) -> pl.DataFrame:
        """One row per (unit, metric) of the units seen: ``unit_code``, ``pos``, then
        each carried column per period (``y_term``, ``y2020`` …)."""
        pairs = self.codes.len() * self.metrics
        size, step = pairs * len(self.names), len(self.names)
        pair = pl.int_range(0, pairs, eager=True)
        return pl.DataFrame(
            {
                "unit_code": self.codes.gather(pair // self.metrics),
                "pos": (pair % self.metrics).cast(pl.Int32),
                **{
                    f"{c}{n}": s.head(size).gather_every(step, offset=i)
                    for c, s in self.values.items()
                    for i, n in enumerate(self.names)
                },
            }
        )


def _status_text() -> pl.Expr:
    names = [s.value for s in STATUS_CODES]
    return (
        pl.col("code")
        .replace_strict(list(range(len(names))), names, return_dtype=pl.String)
        .alias("status")
    )


def evaluate_frame(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    as_of: date | None = None,
    goals: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Judge every metric of ``plan`` for every unit of ``figures``, as known on ``as_of``.

    ``figures`` has the columns ``unit_code``, ``metric``, ``year``, ``period_kind``
    ('year' or 'term'; other kinds are ignored), ``value`` (float), ``stage`` and ``as_of``
    (date). Every unit with at least one current figure gets a row for every metric of the
    plan: ``unit_code``, ``metric``, ``value`` (the value judged, null without data),
    ``years_count`` (the term's years that entered the value) and ``status`` (a
    :class:`~chitieu.evaluation.statuses.Status` value).

    ``goals`` (``unit_code``, ``pos`` and the :data:`GOAL_COLUMNS`) replaces the plan's
    target of some (unit, metric) pairs by their own
    (:func:`chitieu.evaluation.shares.evaluate_shares`); the rows then say in ``share``
    whether theirs was used.
    """
    extra = [] if goals is None else ["share"]
    return (
        _judge_pairs(plan, _grid(plan, figures, as_of, early=False, goals=goals), extra)
        .sort("unit_code", "pos")
        .select("unit_code", "metric", "value", "years_count", _status_text(), *extra)
        .collect()
    )


def forecast_frame(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    as_of: date | None = None,
    goals: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Where every metric of ``plan`` is heading for every unit of ``figures`` on ``as_of``.

    The figures and the rows are those of :func:`evaluate_frame`; the columns are
    ``unit_code``, ``metric``, ``forecast`` (a :class:`~chitieu.evaluation.statuses.ForecastClass`
    value, null when the result has none: final, no data, or judged by a person),
    ``method``, ``projected``, ``required``, ``progress_ratio`` and ``remaining_years``, as
    the exact engine's :class:`~chitieu.evaluation.results.Forecast` (docs/forecast.md),
    and the ``value`` and ``status`` judged. Part-year figures are not read (their
    forecasts, ``part_year``, are the exact engine's only), so a yearly record held so far
    is on track. ``goals`` are those of :func:`evaluate_frame`, and so is ``share``:
    with them, the rows say whether the pair's own target was used.
    """
    extra = [] if goals is None else ["share"]
    classes = pl.col("forecast_code").replace_strict(
        list(range(len(FORECAST_CODES))), [c.value for c in FORECAST_CODES], return_dtype=pl.String
    )
    return (
        _judge_pairs(
            plan,
            _grid(plan, figures, as_of, early=True, goals=goals),
            [*FORECAST_COLUMNS, *extra],
            forecast=True,
        )
        .sort("unit_code", "pos")
        .select(
            "unit_code",
            "metric",
            "value",
            _status_text(),
            classes.alias("forecast"),
            *FORECAST_COLUMNS[1:],
            *extra,
        )
        .collect()
    )


def _grid(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    as_of: date | None,
    early: bool,
    goals: pl.DataFrame | None = None,
) -> pl.LazyFrame:
    """Every (unit, metric) pair of the units with a current figure, with its figures and
    its target: the metric's, or the pair's own in ``goals`` (flagged ``share``)."""
    # Collected once here: the rules below read the pairs several times, and the figures
    # must be read only once (in batches, by current_wide).
    pairs = current_wide(plan, figures, as_of, early).join(
        metrics_table(plan), on="pos", how="left"
    )
    if goals is not None:
        bounds = GOAL_COLUMNS
        own = pl.col("mode_goal").is_not_null()
        pairs = (
            pairs.join(
                goals.select("unit_code", "pos", *bounds),
                on=["unit_code", "pos"],
                how="left",
                suffix="_goal",
            )
            .with_columns(
                share=own,
                **{b: pl.when(own).then(pl.col(f"{b}_goal")).otherwise(pl.col(b)) for b in bounds},
            )
            .drop(*(f"{b}_goal" for b in bounds))
        )
    return pairs.lazy()  # one row per (unit, metric): small, read once by each kind's rule


def _has_tolerance(plan: Plan) -> bool:
    return plan.tolerance is not None or any(m.tolerance is not None for m in plan.metrics())


def _judge_pairs(
    plan: Plan, pairs: pl.LazyFrame, extra: list[str], forecast: bool = False
) -> pl.LazyFrame:
    """From a pair's yearly and term figures to the value judged and its status code,
    with the ``extra`` columns (and the forecast's, with ``forecast``).

    Each kind's rule (:meth:`~chitieu.evaluation.kinds.base.MeasureKind.frame`) runs on
    the rows of its own kinds only: Polars evaluates every branch of a when/then, so one
    expression for all kinds would do every kind's work on every row.
    """
    cols = Columns(plan, _has_tolerance(plan))
    out = ["unit_code", "pos", "metric", "value", "years_count", "code", *extra]
    parts = []
    for rule in RULES:
        part = rule.frame(cols, pairs.filter(pl.col("kind").is_in([k.value for k in rule.kinds])))
        parts.append(rule.forecast_frame(cols, part) if forecast else part)
    return pl.concat([p.select(out) for p in parts])


def missing_columns(name: str, columns: list[str]) -> list[Problem]:
    return [Problem(name, "figures.column_missing", {"c": c}, field=c) for c in columns]
