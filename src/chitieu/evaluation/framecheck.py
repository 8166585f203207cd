"""Checking a figures frame before the bulk evaluator reads it
(:mod:`chitieu.evaluation.bulk`): each problem names its row.

No Django, no database.
"""

from __future__ import annotations

import polars as pl

from chitieu.evaluation.bulk import COLUMNS, KNOWN_STAGES, MAX_PROBLEMS, missing_columns
from chitieu.problems import Problem
from chitieu.targets.model import Plan


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
        return missing_columns(name, missing)
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
