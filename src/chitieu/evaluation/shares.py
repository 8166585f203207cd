"""Each unit judged against its own share of a cascaded measure, for many units at once.

A provincial measure may be split into shares for its districts or communes (a floor, a
ceiling, a point or a range per unit: ``low`` and, for a range, ``high``). A unit with a
share is judged as the exact engine would judge it if its share were its own target:
the measure with the share's bounds (:func:`chitieu.evaluation.derived.share_metric`, the
one rule that turns a share into a target), computed by the measure's own kind
(its years, baseline, decimals and tolerance). Nothing is judged a second time here: the
share's bounds become the bound columns of the vectorised rules of
:mod:`chitieu.evaluation.bulk`, pair by pair.

:func:`judge_units` is the one rule the target page's units and the re-evaluation of
every unit follow: a unit with a share against it, any other unit as if it were the
plan's area, except on a count of units, where a unit without a share meets the
standard or not.

No Django, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import polars as pl

from chitieu.evaluation.bulk import GOAL_COLUMNS, MAX_PROBLEMS, evaluate_frame, forecast_frame
from chitieu.evaluation.derived import share_metric
from chitieu.evaluation.forecasts import goal_bounds
from chitieu.evaluation.statuses import Status, resolve
from chitieu.figures.model import Figure
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Kind, Metric, Plan
from chitieu.units.aggregate import meets_standard

SHARES_SCHEMA = pl.Schema(
    {
        "unit_code": pl.String,
        "metric": pl.String,
        "low": pl.Float64,
        "high": pl.Float64,  # null: the share is a single value
    }
)
# Markers standing for a share's two ends, to see where the rule puts each of them.
_LOW, _HIGH = Decimal(1), Decimal(2)
_ENDS = {_LOW: "low", _HIGH: "high"}


def _placement(metric: Metric, ranged: bool) -> tuple[str, dict[str, str | None]]:
    """The comparison (``mode``) of a share of ``metric`` and which end of the share
    (``low``, ``high`` or none) each other column of
    :data:`~chitieu.evaluation.bulk.GOAL_COLUMNS` takes: the one rule
    (:func:`~chitieu.evaluation.derived.share_metric`, then
    :func:`~chitieu.evaluation.statuses.resolve` for the status and
    :func:`~chitieu.evaluation.forecasts.goal_bounds` for the forecast) run once on
    markers."""
    own = share_metric(metric, _LOW, _HIGH if ranged else None)
    mode, lo, hi = resolve(own)
    bounds = {"lo": lo, "hi": hi, **goal_bounds(own)}
    return mode, {c: None if b is None else _ENDS[b] for c, b in bounds.items()}


def goals_table(plan: Plan, shares: pl.DataFrame) -> pl.DataFrame:
    """The target columns (:data:`~chitieu.evaluation.bulk.GOAL_COLUMNS`) of each unit's
    share, per ``unit_code`` and ``pos`` (the metric's place in the plan), as
    :func:`~chitieu.evaluation.bulk.evaluate_frame` and
    :func:`~chitieu.evaluation.bulk.forecast_frame` read ``goals``.

    ``shares`` has the columns of :data:`SHARES_SCHEMA`, one row per (unit, metric): a
    second one is an :class:`~chitieu.problems.InputError` naming both rows. Shares of
    metrics the plan does not have, or judged by a person, are left out.
    """
    _refuse_twice(shares)
    ends = GOAL_COLUMNS[1:]
    rows = []
    for pos, m in enumerate(plan.metrics()):
        if m.is_manual:
            continue
        for ranged in (False, True):
            mode, placed = _placement(m, ranged)
            rows.append((m.id, pos, ranged, mode, *(placed[c] for c in ends)))
    table = pl.DataFrame(
        rows,
        schema={
            "metric": pl.String,
            "pos": pl.Int32,
            "ranged": pl.Boolean,
            "mode": pl.String,
            **{f"{c}_end": pl.String for c in ends},
        },
        orient="row",
    )

    def end(column: str) -> pl.Expr:
        which = pl.col(f"{column}_end")
        return (
            pl.when(which == "low").then(pl.col("low")).when(which == "high").then(pl.col("high"))
        )

    return (
        shares.select(*SHARES_SCHEMA)
        .cast(SHARES_SCHEMA)
        .with_columns(ranged=pl.col("high").is_not_null())
        .join(table, on=["metric", "ranged"], how="inner")
        .select("unit_code", "pos", "mode", **{c: end(c) for c in ends})
    )


def _refuse_twice(shares: pl.DataFrame) -> None:
    pair = ["unit_code", "metric"]
    rows = shares.select(*pair).with_row_index("row", offset=1)
    twice = rows.with_columns(n=pl.col("row").min().over(pair)).filter(pl.col("row") != pl.col("n"))
    if twice.height:
        raise InputError(
            Problem(
                "<shares>",
                "shares.duplicate",
                {"m": r["metric"], "u": r["unit_code"], "n": r["n"]},
                row=r["row"],
            )
            for r in twice.head(MAX_PROBLEMS).iter_rows(named=True)
        )


def evaluate_shares(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    shares: pl.DataFrame,
    as_of: date | None = None,
) -> pl.DataFrame:
    """:func:`~chitieu.evaluation.bulk.evaluate_frame`, each (unit, metric) pair with a
    share in ``shares`` judged against it rather than against the plan's target.

    The rows are those of ``evaluate_frame`` with one more column, ``share``: whether the
    pair was judged against its share. A unit without a current figure has no row, with
    a share or without.
    """
    return evaluate_frame(plan, figures, as_of, goals=goals_table(plan, shares))


def forecast_shares(
    plan: Plan,
    figures: pl.LazyFrame | pl.DataFrame,
    shares: pl.DataFrame,
    as_of: date | None = None,
) -> pl.DataFrame:
    """:func:`~chitieu.evaluation.bulk.forecast_frame`, each (unit, metric) pair with a
    share judged against it, as :func:`evaluate_shares` judges it, and forecast towards
    it (the goal a forecast aims at is the share's: ``target_side`` of
    :func:`~chitieu.evaluation.derived.share_metric`). The rows say in ``share`` whether
    the pair's own share was used."""
    return forecast_frame(plan, figures, as_of, goals=goals_table(plan, shares))


# What judge_units gives for each (unit, measure); with forecast, FORECAST_SCHEMA too.
JUDGED_SCHEMA = pl.Schema(
    {
        "unit_code": pl.String,
        "metric": pl.String,
        "value": pl.Float64,
        "status": pl.String,
        "share": pl.Boolean,  # judged against the unit's own share
    }
)
FORECAST_SCHEMA = pl.Schema(
    {
        "forecast": pl.String,
        "method": pl.String,
        "projected": pl.Float64,
        "required": pl.Float64,
        "progress_ratio": pl.Float64,
        "remaining_years": pl.Int32,
    }
)


def judged_by_kind(plan: Plan, shares: pl.DataFrame | None = None) -> Plan:
    """The measures of ``plan`` the kinds' rules judge units on: every one but a count of
    units that no unit holds a share of in ``shares`` (:func:`judge_units`; without
    shares, every count: a unit's own review); the measures whose per-unit figures it
    reads."""
    shared = set() if shares is None else set(shares.get_column("metric").unique())
    return plan.keeping(lambda m: m.kind is not Kind.COUNT_OF_UNITS or m.id in shared)


def standard_frame(plan: Plan, counted: Iterable[Figure]) -> pl.DataFrame:
    """Per unit and count of units of ``plan``: its current figure of the latest year,
    achieved when it meets the standard (:func:`~chitieu.units.aggregate.meets_standard`,
    the rule the count uses), not achieved otherwise."""
    ids = {m.id for m in plan.metrics() if m.kind is Kind.COUNT_OF_UNITS}
    latest: dict[tuple[str, str], Figure] = {}
    for f in counted:
        key = (f.unit_code, f.metric)
        if f.metric not in ids or not f.period.is_annual:
            continue
        if key not in latest or f.period.year > latest[key].period.year:
            latest[key] = f
    met, missed = Status.ACHIEVED.value, Status.NOT_ACHIEVED.value
    rows = [
        (unit, metric, float(f.value), met if meets_standard(f.value) else missed, False)
        for (unit, metric), f in latest.items()
    ]
    return pl.DataFrame(rows, schema=JUDGED_SCHEMA, orient="row")


def judge_units(
    plan: Plan,
    figures: pl.DataFrame,
    shares: pl.DataFrame,
    counted: Iterable[Figure],
    as_of: date | None = None,
    forecast: bool = False,
) -> pl.DataFrame:
    """Every unit on every measure of ``plan``: a (unit, measure) with a share in
    ``shares`` against its share, by the measure's kind; any other against the plan's
    target as if the unit were the plan's area; but on a count of units, a unit without
    a share meets the standard or not (:func:`standard_frame` of its ``counted`` figures),
    for "115 communes" is no commune's target.

    ``figures`` are the per-unit figures of :func:`judged_by_kind`'s measures, as
    :func:`~chitieu.evaluation.bulk.evaluate_frame` reads them. The rows have the columns
    of :data:`JUDGED_SCHEMA`, with ``forecast`` those of :data:`FORECAST_SCHEMA` too (null on
    meeting the standard), ordered by unit, then as the plan orders its measures.
    """
    schema = pl.Schema({**JUDGED_SCHEMA, **(FORECAST_SCHEMA if forecast else {})})
    pairs = ["unit_code", "metric"]
    counts = [m.id for m in plan.metrics() if m.kind is Kind.COUNT_OF_UNITS]
    parts = [
        pl.DataFrame(schema=schema),
        standard_frame(plan, counted).join(shares, on=pairs, how="anti"),
    ]
    judged = judged_by_kind(plan, shares)
    if judged.targets and figures.height:
        rule = forecast_shares if forecast else evaluate_shares
        rows = rule(judged, figures, shares, as_of)
        keep = ~pl.col("metric").is_in(counts) | pl.col("share")
        parts.append(rows.filter(keep).select(schema.names()))
    place = {m.id: i for i, m in enumerate(plan.metrics())}
    return pl.concat(parts, how="diagonal_relaxed").sort(
        pl.col("unit_code"), pl.col("metric").replace_strict(place)
    )
