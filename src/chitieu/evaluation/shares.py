"""Each unit judged against its own share of a cascaded measure, for many units at once.

A provincial measure may be split into shares for its districts or communes (a floor, a
ceiling, a point or a range per unit: ``low`` and, for a range, ``high``). A unit with a
share is judged as the exact engine would judge it if its share were its own target:
the measure with the share's bounds (:func:`chitieu.evaluation.derived.share_metric`, the
one rule that turns a share into a target), computed by the measure's own kind
(its years, baseline, decimals and tolerance). Nothing is judged a second time here: the
share's bounds become the bound columns of the vectorised rules of
:mod:`chitieu.evaluation.bulk`, pair by pair.

No Django, no database.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import polars as pl

from chitieu.evaluation.bulk import GOAL_COLUMNS, MAX_PROBLEMS, evaluate_frame, forecast_frame
from chitieu.evaluation.derived import share_metric
from chitieu.evaluation.forecasts import goal_bounds
from chitieu.evaluation.statuses import resolve
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Metric, Plan

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
