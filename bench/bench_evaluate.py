"""Benchmark: chitieu's bulk evaluation against the fastest correct DuckDB query.

    .venv/bin/python bench/bench_evaluate.py [--figures 10000000] [--repeat 3]

Generates synthetic figures for the bundled plan ``langson-xvii`` (many units × 35
metrics × 6 years, each year reported as plan, estimate, preliminary, official and a
revised official), writes them to Parquet in a temporary directory, then runs, ``--repeat``
times and alternating (chitieu, DuckDB, chitieu, DuckDB …, each in a fresh process),
(a) :func:`chitieu.evaluation.bulk.evaluate_frame` reading the Parquet lazily and (b) one
DuckDB query computing the same values and statuses in one pass (one group-by with a
filtered ``arg_max`` per period for the current vintage, then each kind's rule and the
judging rule in SQL). It reports CPU time (user + system, inside each child), wall time
and peak RSS of each side, and checks that both sides gave every (unit, metric) the same
status and value. The goals: chitieu within 1,2× the query's time, with no more memory.
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

GOAL = 1.2  # at most 1,2× the one-pass query (CPU and wall)
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
    cols = ("metric", "pos", "kind", "input", "mode", "lo", "hi", "scale", "last_year",
            "base_value", "base_year")  # fmt: skip

    def lit(x: object) -> str:
        return "NULL" if x is None else f"'{x}'" if isinstance(x, str) else repr(x)

    rows = [
        "(" + ", ".join(lit(r[c]) for c in cols) + ")"
        for r in metrics_table(plan).iter_rows(named=True)
    ]
    return f"SELECT * FROM (VALUES {', '.join(rows)}) m({', '.join(cols)})"


# The engine's rules in SQL, for the kinds and comparisons of the bench's plan (no
# tolerance: "nearly achieved" never comes up; no growth from levels).
MACROS = """
CREATE OR REPLACE MACRO clean(x) AS CASE WHEN x = 0 THEN x
    ELSE round(x, CAST(least(10, 11 - floor(log10(abs(x)))) AS INTEGER)) END;
CREATE OR REPLACE MACRO half_up(x, scale) AS
    sign(clean(x * scale)) * floor(abs(clean(x * scale)) + 0.5) / scale;
CREATE OR REPLACE MACRO judge(v, mode, lo, hi) AS CASE
    WHEN v IS NULL THEN NULL
    WHEN mode = 'ge' THEN CASE WHEN v > lo THEN 0 WHEN v = lo THEN 1 ELSE 3 END
    WHEN mode = 'gt' THEN CASE WHEN v > lo THEN 1 ELSE 3 END
    WHEN mode = 'le' THEN CASE WHEN v < hi THEN 0 WHEN v = hi THEN 1 ELSE 3 END
    WHEN mode = 'lt' THEN CASE WHEN v < hi THEN 1 ELSE 3 END
    WHEN mode = 'eq' THEN CASE WHEN v = lo THEN 1 ELSE 3 END
    WHEN v >= lo AND v <= hi THEN 1
    WHEN mode = 'range_higher_is_better' THEN CASE WHEN v > hi THEN 0 ELSE 3 END
    WHEN mode = 'range_lower_is_better' THEN CASE WHEN v < lo THEN 0 ELSE 3 END
    ELSE 3 END;
"""


def duckdb_query(plan: Plan, parquet: str) -> str:
    """One pass over the figures: the current vintage of each period with a filtered
    ``arg_max`` per period in one group-by over (unit, metric); then, on one row per
    pair, each kind's value and the status, as chitieu's rules compute them."""
    base, start, end = plan.baseline_year, plan.start_year, plan.end_year
    slots = [("term", "period_kind = 'term'")] + [
        (f"y{y}", f"period_kind = 'year' AND year = {y}") for y in range(base, end + 1)
    ]
    picks = ",\n  ".join(
        f"arg_max(value, key) FILTER (WHERE {cond}) AS {name}" for name, cond in slots
    )
    years = range(start, end + 1)
    t = {y: f"CASE WHEN {y} <= last_year THEN y{y} END" for y in years}
    # a fall from the year before's level, or from the plan's baseline that year
    prev = {
        y: f"coalesce(y{y - 1}, CASE WHEN base_year = {y - 1} THEN base_value END)" for y in years
    }
    fall = {
        y: f"CASE WHEN {p} <> 0 THEN half_up(({p} - y{y}) * 100 / abs({p}), scale) END"
        for y, p in prev.items()
    }
    yearly = {y: f"CASE WHEN input = 'level' THEN {fall[y]} ELSE {t[y]} END" for y in years}
    n_t = " + ".join(f"CAST(t{y} IS NOT NULL AS INTEGER)" for y in years)
    n_r = " + ".join(f"CAST(r{y} IS NOT NULL AS INTEGER)" for y in years)
    factor = " * ".join(f"coalesce(1 + t{y} / 100, 1)" for y in years)
    total = " + ".join(f"coalesce(t{y}, 0)" for y in years)
    rsum = " + ".join(f"coalesce(r{y}, 0)" for y in years)
    latest = ", ".join(f"t{y}" for y in reversed(years))
    worst = ", ".join(f"judge(r{y}, mode, lo, hi)" for y in years)
    return f"""
WITH m AS ({metrics_sql(plan)}),
cur AS (
  SELECT unit_code, metric,
  {picks}
  FROM (
    SELECT unit_code, metric, period_kind, year, value,
           CASE stage WHEN 'estimate' THEN 1 WHEN 'preliminary' THEN 2
                      WHEN 'official' THEN 3 ELSE 0 END * 10000000
             + CAST(as_of - DATE '1970-01-01' AS INTEGER) AS key
    FROM read_parquet('{parquet}')
    WHERE stage IN ('estimate', 'preliminary', 'official')
      AND (period_kind = 'term' OR (period_kind = 'year' AND year BETWEEN {base} AND {end}))
  )
  GROUP BY unit_code, metric
),
pairs AS (
  SELECT u.unit_code, m.*, cur.* EXCLUDE (unit_code, metric)
  FROM (SELECT DISTINCT unit_code FROM cur) u CROSS JOIN m
  LEFT JOIN cur ON cur.unit_code = u.unit_code AND cur.metric = m.metric
),
terms AS (
  SELECT *, {", ".join(f"{t[y]} AS t{y}" for y in years)},
         {", ".join(f"{yearly[y]} AS r{y}" for y in years)}
  FROM pairs
),
valued AS (
  SELECT unit_code, pos, metric, kind, mode, lo, hi, {n_t} AS n, {n_r} AS nr,
    CASE
      WHEN kind IN ('level_at_end', 'share_structure', 'count_of_units')
        THEN coalesce({latest})
      WHEN kind = 'average_annual_growth' THEN coalesce(term,
        CASE WHEN {n_t} > 0 AND {factor} > 0
             THEN half_up((pow({factor}, 1.0 / ({n_t})) - 1) * 100, scale) END)
      WHEN kind = 'cumulative_over_term' THEN coalesce(term,
        CASE WHEN {n_t} > 0 THEN clean({total}) END)
      WHEN kind IN ('every_year', 'reduction_per_year') THEN
        CASE WHEN {n_r} > 0 THEN half_up(({rsum}) / ({n_r}), scale) END
    END AS value,
    CASE WHEN kind IN ('every_year', 'reduction_per_year') THEN greatest({worst}) END AS worst
  FROM terms
)
SELECT unit_code, metric, value,
  CAST(CASE WHEN kind IN ('every_year', 'reduction_per_year') THEN nr ELSE n END AS INTEGER)
    AS years_count,
  ['exceeded', 'achieved', 'nearly_achieved', 'not_achieved', 'no_data'][
    coalesce(CASE WHEN kind IN ('every_year', 'reduction_per_year') THEN worst
                  ELSE judge(value, mode, lo, hi) END, 4) + 1] AS status
FROM valued
ORDER BY unit_code, pos
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
    con.execute(MACROS)
    # The result is materialised inside DuckDB (a temp table), as Polars materialises its
    # DataFrame: both sides compute everything, neither pays for a conversion.
    con.execute(f"CREATE TEMP TABLE result AS {duckdb_query(load(), parquet)}")

    def save(out: str) -> int:
        con.execute(f"COPY result TO '{out}' (FORMAT parquet)")
        rows = con.execute("SELECT count(*) FROM result").fetchone()
        con.close()
        return int(rows[0]) if rows else 0

    return save


def worker(side: str, parquet: str, out: str) -> None:
    """Run one side once; print its CPU and wall time and its peak RSS as JSON.

    CPU time is the process's user + system time (every thread's) around the run only,
    from ``time.process_time``; the import of the libraries is outside both timings.
    """
    run = run_chitieu if side == "chitieu" else run_duckdb
    wall, cpu = time.perf_counter(), time.process_time()
    save = run(parquet)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows = save(out)  # for the cross-check, outside the timing
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"side": side, "wall": wall, "cpu": cpu, "rows": rows, "peak_kb": peak_kb}))


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


def cross_check(ours: Path, theirs: Path) -> str:
    """Both sides gave every (unit, metric) the same status and the same value."""
    key = ["unit_code", "metric"]
    a = pl.read_parquet(ours).select(*key, "value", "status", "years_count")
    b = pl.read_parquet(theirs).select(*key, "value", "status", "years_count")
    both = a.join(b, on=key, how="full", coalesce=True, suffix="_sql")
    same_value = (pl.col("value") == pl.col("value_sql")) | (
        pl.col("value").is_null() & pl.col("value_sql").is_null()
    )
    differ = both.filter(
        ~same_value.fill_null(False)
        | (pl.col("status") != pl.col("status_sql")).fill_null(True)
        | (pl.col("years_count") != pl.col("years_count_sql")).fill_null(True)
    )
    statuses = ", ".join(
        f"{s} {n:,}" for s, n in a.group_by("status").len().sort("status").iter_rows()
    )
    return (
        f"cross-check: {both.height:,} (unit, metric) statuses and values compared, "
        f"{differ.height} differ ({statuses})"
    )


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--figures", type=int, default=10_000_000, help="about this many rows")
    parser.add_argument("--repeat", type=int, default=3, help="run each side this many times")
    parser.add_argument("--worker", choices=["data", *SIDES], help=argparse.SUPPRESS)
    parser.add_argument("--parquet", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker == "data":
        make_data(args.figures, args.parquet)
        return 0
    if args.worker:
        worker(args.worker, args.parquet, args.out)
        return 0

    plan = load()
    runs: dict[str, list[dict[str, Any]]] = {side: [] for side in SIDES}
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as tmp:
        parquet = Path(tmp) / "figures.parquet"
        data = spawn("--worker", "data", "--figures", str(args.figures), "--parquet", str(parquet))
        size = parquet.stat().st_size / 2**20
        print(
            f"figures: {data['rows']:,} rows = {data['units']:,} units × "
            f"{len(plan.metrics())} metrics × {len(YEARS)} years × {len(VINTAGES)} vintages "
            f"(+ term figures); {size:,.0f} MiB of Parquet, generated in {data['seconds']:.1f} s"
        )
        # Alternate within each repeat, so that a swing of the machine's load hits both.
        for _ in range(args.repeat):
            for side in SIDES:
                out = Path(tmp) / f"{side}.parquet"
                runs[side].append(
                    spawn("--worker", side, "--parquet", str(parquet), "--out", str(out))
                )
        print(cross_check(Path(tmp) / "chitieu.parquet", Path(tmp) / "duckdb.parquet"))
    return report(runs)


def report(runs: dict[str, list[dict[str, Any]]]) -> int:
    best = {(side, m): min(r[m] for r in runs[side]) for side in SIDES for m in ("cpu", "wall")}
    peak = {side: max(r["peak_kb"] for r in runs[side]) / 1024 for side in SIDES}
    for side, label in zip(SIDES, ("chitieu evaluate_frame", "duckdb one-pass query"), strict=True):
        cpu = ", ".join(f"{r['cpu']:.2f}" for r in runs[side])
        wall = ", ".join(f"{r['wall']:.2f}" for r in runs[side])
        print(
            f"{label:<22}: CPU best {best[side, 'cpu']:.2f} s of [{cpu}], wall best "
            f"{best[side, 'wall']:.2f} s of [{wall}], {runs[side][-1]['rows']:,} (unit, metric) "
            f"rows, peak RSS {peak[side]:,.0f} MiB"
        )
    for m in ("cpu", "wall"):
        ratio = best["chitieu", m] / best["duckdb", m]
        verdict = "met" if ratio <= GOAL else "NOT met"
        print(f"ratio chitieu/duckdb {m.upper()}: {ratio:.2f}× (goal ≤ {GOAL:g}×: {verdict})")
    verdict = "met" if peak["chitieu"] <= peak["duckdb"] else "NOT met"
    print(
        f"peak memory (ru_maxrss): chitieu {peak['chitieu']:,.0f} MiB, duckdb "
        f"{peak['duckdb']:,.0f} MiB (goal: no more than DuckDB: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
