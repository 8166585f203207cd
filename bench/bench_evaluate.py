"""Benchmark: chitieu's bulk evaluation against a plain DuckDB query over the same figures.

    .venv/bin/python bench/bench_evaluate.py [--figures 10000000] [--repeat 3]

Generates synthetic figures for the bundled plan ``langson-xvii`` (many units × 35
metrics × 6 years, each year reported as plan, estimate, preliminary, official and a
revised official), writes them to Parquet in a temporary directory, then times, best of
``--repeat``, (a) :func:`chitieu.evaluation.bulk.evaluate_frame` reading the Parquet
lazily and (b) one DuckDB SQL query computing the same aggregates from the same file.
Each side runs in a fresh process of its own, so that its peak RSS is its own. The goal
is a time ratio chitieu/DuckDB of at most 2.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from chitieu.evaluation.bulk import evaluate_frame, metrics_table
from chitieu.targets.model import Plan
from chitieu.targets.planfile import bundled_plan_path, load_plan

GOAL = 2.0
PLAN = "langson-xvii"
YEARS = range(2020, 2026)  # the baseline year and the term
# (stage, month, day, years after the period): a plan for the year, an estimate in
# December, preliminary and official on the same day (the stage breaks the tie), and an
# official revision half a year later.
VINTAGES = (
    ("plan", 1, 15, 0),
    ("estimate", 12, 10, 0),
    ("preliminary", 3, 31, 1),
    ("official", 3, 31, 1),
    ("official", 9, 30, 1),
)
TERM_SHARE = 10  # one unit in ten also publishes whole-term figures
SIDES = ("chitieu", "duckdb")


def load() -> Plan:
    return load_plan(bundled_plan_path(PLAN))


# -- data --------------------------------------------------------------------------------


def _uniform(index: pl.Expr, seed: int) -> pl.Expr:
    """A deterministic pseudo-random number in [0, 1) for each row (hash of its index)."""
    return (index.hash(seed) % 1_000_000).cast(pl.Float64) / 1_000_000


def generate(plan: Plan, figures: int, seed: int = 20250101) -> tuple[pl.DataFrame, int]:
    """About ``figures`` rows, in report order (as an append-only log of figures is)."""
    metrics = metrics_table(plan).filter(pl.col("kind") != "other")
    n_metrics, n_years, n_vintages = metrics.height, len(YEARS), len(VINTAGES)
    units = max(1, figures // (n_metrics * n_years * n_vintages))
    i = pl.col("i")
    # Row order: year, then vintage, then unit, then metric.
    keys = pl.select(
        pl.int_range(0, units * n_metrics * n_years * n_vintages, dtype=pl.Int64).alias("i")
    ).with_columns(
        m=(i % n_metrics).cast(pl.Int32),
        u=(i // n_metrics) % units,
        v=((i // (n_metrics * units)) % n_vintages).cast(pl.Int32),
        y=(i // (n_metrics * units * n_vintages)).cast(pl.Int32),
    )
    vintages = pl.DataFrame(
        [
            {"y": y, "v": v, "stage": stage, "as_of": date(year + later, month, day)}
            for y, year in enumerate(YEARS)
            for v, (stage, month, day, later) in enumerate(VINTAGES)
        ],
        schema={"y": pl.Int32, "v": pl.Int32, "stage": pl.String, "as_of": pl.Date},
    )
    # A bound to scatter values around: growth rates near 7 %, reductions from levels near
    # 1.000 falling 5 % a year, everything else within ±20 % of its bound.
    bound = pl.coalesce("lo", "hi", pl.lit(1.0))
    kind = pl.col("kind")
    noise = _uniform(i, seed)
    value = (
        pl.when((kind == "reduction_per_year") & (pl.col("input") == "level"))
        .then(1000 * (0.95 + 0.02 * (noise - 0.5)).pow(pl.col("y")))
        .otherwise(bound * (0.8 + 0.4 * noise))
    ).round(1)
    annual = (
        keys.join(metrics.with_row_index("m").with_columns(pl.col("m").cast(pl.Int32)), on="m")
        .join(vintages, on=["y", "v"])
        .sort("i")
        .select(
            unit_code=pl.concat_str(pl.lit("U"), pl.col("u").cast(pl.String).str.zfill(6)),
            metric=pl.col("metric"),
            year=(pl.col("y") + YEARS[0]).cast(pl.Int32),
            period_kind=pl.lit("year"),
            value=value,
            stage=pl.col("stage"),
            as_of=pl.col("as_of"),
        )
    )
    term_metrics = metrics.filter(kind.is_in(["average_annual_growth", "cumulative_over_term"]))
    term = (
        pl.DataFrame({"u": range(0, units, TERM_SHARE)})
        .join(term_metrics, how="cross")
        .with_row_index("t")
        .select(
            unit_code=pl.concat_str(pl.lit("U"), pl.col("u").cast(pl.String).str.zfill(6)),
            metric=pl.col("metric"),
            year=pl.lit(plan.start_year, dtype=pl.Int32),
            period_kind=pl.lit("term"),
            value=(
                pl.coalesce("lo", "hi") * (0.9 + 0.2 * _uniform(pl.col("t").cast(pl.Int64), seed))
            ).round(2),
            stage=pl.lit("official"),
            as_of=pl.lit(date(plan.end_year + 1, 6, 30)),
        )
    )
    return pl.concat([annual, term]), units


# -- the two sides -----------------------------------------------------------------------


def metrics_sql(plan: Plan) -> str:
    """The plan's metrics as a VALUES list, for the DuckDB side."""
    rows = []
    for r in metrics_table(plan).iter_rows(named=True):

        def num(x: float | None) -> str:
            return "NULL" if x is None else repr(x)

        rows.append(
            f"('{r['metric']}', '{r['kind']}', '{r['mode']}', {num(r['lo'])}, {num(r['hi'])}, "
            f"{r['last_year']})"
        )
    return "SELECT * FROM (VALUES " + ", ".join(rows) + ") m(metric, kind, mode, lo, hi, last_year)"


def duckdb_query(plan: Plan, parquet: str) -> str:
    """Latest vintage per key with arg_max, then the per-(unit, metric) aggregates."""
    start, base = plan.start_year, plan.baseline_year
    return f"""
WITH m AS ({metrics_sql(plan)}),
cur AS (
  SELECT unit_code, metric, period_kind, year,
         arg_max(value, epoch_days * 4 + rank) AS value
  FROM (
    SELECT unit_code, metric, period_kind, year, value,
           CAST(as_of - DATE '1970-01-01' AS INTEGER) AS epoch_days,
           CASE stage WHEN 'estimate' THEN 1 WHEN 'preliminary' THEN 2
                      WHEN 'official' THEN 3 ELSE 0 END AS rank
    FROM read_parquet('{parquet}')
    WHERE period_kind = 'term' OR (period_kind = 'year' AND year BETWEEN {base} AND {plan.end_year})
  )
  WHERE rank > 0
  GROUP BY unit_code, metric, period_kind, year
),
t AS (
  SELECT cur.*, m.kind, m.mode, m.lo, m.hi,
         period_kind = 'year' AND year BETWEEN {start} AND m.last_year AS in_term
  FROM cur JOIN m USING (metric)
)
SELECT unit_code, metric,
       arg_max(value, year) FILTER (in_term) AS end_value,
       sum(value) FILTER (in_term) AS total,
       (exp(avg(ln(1 + value / 100)) FILTER (in_term)) - 1) * 100 AS average_growth,
       count(*) FILTER (in_term AND CASE mode
           WHEN 'ge' THEN value >= lo WHEN 'gt' THEN value > lo
           WHEN 'le' THEN value <= hi WHEN 'lt' THEN value < hi
           ELSE value BETWEEN lo AND hi END) AS years_met,
       avg(value) FILTER (in_term) AS mean,
       count(*) FILTER (in_term) AS years_count,
       arg_max(value, year) FILTER (period_kind = 'term') AS term_value
FROM t
GROUP BY unit_code, metric
"""


def run_chitieu(parquet: str) -> Callable[[str], int]:
    result = evaluate_frame(load(), pl.scan_parquet(parquet))

    def save(out: str) -> int:
        result.write_parquet(out)
        return result.height

    return save


def run_duckdb(parquet: str) -> Callable[[str], int]:
    import duckdb

    con = duckdb.connect()
    # The result is materialised inside DuckDB (a temp table), as Polars materialises its
    # DataFrame: both sides compute everything, neither pays for a conversion.
    con.execute(f"CREATE TEMP TABLE result AS {duckdb_query(load(), parquet)}")

    def save(out: str) -> int:
        con.execute(f"COPY result TO '{out}' (FORMAT parquet)")
        rows = con.execute("SELECT count(*) FROM result").fetchone()
        con.close()
        return int(rows[0]) if rows else 0

    return save


def worker(side: str, parquet: str, out: str, repeat: int) -> None:
    """Time one side, best of ``repeat``; print its times and peak RSS as JSON."""
    run = run_chitieu if side == "chitieu" else run_duckdb
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        save = run(parquet)
        times.append(time.perf_counter() - t0)
        rows = save(out)  # for the cross-check, outside the timing
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"side": side, "times": times, "rows": rows, "peak_kb": peak_kb}))


def make_data(figures: int, parquet: str) -> None:
    """Generate and write the figures; print their size as JSON."""
    t0 = time.perf_counter()
    frame, units = generate(load(), figures)
    frame.write_parquet(parquet)
    seconds = time.perf_counter() - t0
    print(json.dumps({"rows": frame.height, "units": units, "seconds": seconds}))


def spawn(*args: str) -> dict[str, Any]:
    """Run this script as a worker in a fresh process, and read the JSON it prints.

    Linux carries a process's peak RSS over into the processes it starts, so the data is
    generated in a worker too: the parent stays small and each side's peak is its own.
    """
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"worker {args[:2]} failed:\n{done.stderr}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def cross_check(plan: Plan, ours: Path, theirs: Path) -> str:
    """Both sides computed the same thing: compare the end-year values of level metrics."""
    levels = metrics_table(plan).filter(
        pl.col("kind").is_in(["level_at_end", "share_structure", "count_of_units"])
    )
    a = pl.read_parquet(ours).join(levels.select("metric"), on="metric")
    b = pl.read_parquet(theirs).select("unit_code", "metric", "end_value")
    both = a.join(b, on=["unit_code", "metric"], how="inner")
    differ = both.filter(pl.col("value") != pl.col("end_value")).height
    return f"cross-check: {both.height:,} level values compared, {differ} differ"


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--figures", type=int, default=10_000_000, help="about this many rows")
    parser.add_argument("--repeat", type=int, default=3, help="time each side this many times")
    parser.add_argument("--worker", choices=["data", *SIDES], help=argparse.SUPPRESS)
    parser.add_argument("--parquet", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker == "data":
        make_data(args.figures, args.parquet)
        return 0
    if args.worker:
        worker(args.worker, args.parquet, args.out, args.repeat)
        return 0

    plan = load()
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as tmp:
        parquet = Path(tmp) / "figures.parquet"
        data = spawn("--worker", "data", "--figures", str(args.figures), "--parquet", str(parquet))
        size = parquet.stat().st_size / 2**20
        print(
            f"figures: {data['rows']:,} rows = {data['units']:,} units × "
            f"{len(plan.metrics())} metrics × {len(YEARS)} years × {len(VINTAGES)} vintages "
            f"(+ term figures); {size:,.0f} MiB of Parquet, generated in {data['seconds']:.1f} s"
        )
        reports = {}
        for side in SIDES:
            out = Path(tmp) / f"{side}.parquet"
            reports[side] = spawn(
                "--worker", side, "--parquet", str(parquet), "--out", str(out),
                "--repeat", str(args.repeat),
            )  # fmt: skip
        print(cross_check(plan, Path(tmp) / "chitieu.parquet", Path(tmp) / "duckdb.parquet"))
    best = {side: min(reports[side]["times"]) for side in SIDES}
    for side, label in zip(SIDES, ("chitieu evaluate_frame", "duckdb plain query"), strict=True):
        rep = reports[side]
        times = ", ".join(f"{t:.3f}" for t in rep["times"])
        print(
            f"{label:<22}: best {best[side]:.3f} s of [{times}] s, "
            f"{rep['rows']:,} (unit, metric) rows, peak RSS {rep['peak_kb'] / 1024:,.0f} MiB"
        )
    ratio = best["chitieu"] / best["duckdb"]
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(f"ratio chitieu/duckdb: {ratio:.2f}× (goal ≤ {GOAL:g}×: {verdict})")
    print(
        f"peak memory (ru_maxrss): chitieu {reports['chitieu']['peak_kb'] / 1024:,.0f} MiB, "
        f"duckdb {reports['duckdb']['peak_kb'] / 1024:,.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
