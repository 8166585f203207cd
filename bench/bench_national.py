"""National scale: the web app over ≥ 1 M figures and ≥ 3.000 units, measured in one run.

    .venv/bin/python bench/bench_national.py [--units 3257] [--figures 1000000]
        [--db sqlite|postgres|both] [--keep DIR] [--small] [--sdg-build PATH]

Builds the database through the project's own import paths (the Lạng Sơn demo, then
generated figures for the 2025 communes imported with ``import_plan``; see
national_build.py), then, on the real server (``chitieu serve``: gunicorn, production
settings), times the dashboard (cold, after an approval, when nothing changed), 100
concurrent logged-in users on the dashboard and on the API ``statuses`` against
``/healthz``, a target page, the cascade page, ``figures.csv``, a review .docx, an agency's
entry page and Excel template, a 7.000-row upload, and worker memory across 20 approvals;
then the bulk evaluation and forecasts per series (vectorised, the exact engine, sdg-build's
method 2). Each part runs in a child process of its own (build, kernel, web), so the
benchmark's own memory stays small. PostgreSQL: run under scripts/with-postgres.sh (it sets
CHITIEU_DATABASE_URL). Ratios are against baselines measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

GOALS = {
    "after_approval": 3.0,  # × the bulk evaluation of the plan (CPU)
    "unchanged": 0.2,  # seconds
    "crowd": 3.0,  # p95 × /healthz p95
    "target_seconds": 1.0,
    "target_bytes": 500_000,
    "entry": 1.0,
    "upload": 5.0,
    "memory": 1.2,  # peak worker RSS after the last approval ÷ after the first: "flat"
    "forecasts": 100.0,  # sdg-build µs per series ÷ vectorised µs per series
}
UPLOAD_ROWS = 7_000


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--units", type=int, default=3257, help="units with figures (≤ 3.257)")
    parser.add_argument("--figures", type=int, default=1_000_000, help="at least this many rows")
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--keep", help="build the database here once and reuse it")
    parser.add_argument("--small", action="store_true", help="300 units, 100.000 figures")
    parser.add_argument("--sdg-build", help="a checkout of open-sdg/sdg-build to run for real")
    parser.add_argument("--users", type=int, default=100, help="concurrent logged-in users")
    parser.add_argument("--requests", type=int, default=5, help="loads per user and phase")
    parser.add_argument("--approvals", type=int, default=20)
    parser.add_argument("--memory-budget", type=float, default=900, help="seconds for them")
    parser.add_argument("--series", type=int, default=5000, help="series for per-series timings")
    parser.add_argument("--worker", choices=["build", "kernel", "web"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.small:
        args.units, args.figures = 300, 100_000
    return args


# -- child processes ---------------------------------------------------------------------


def _django() -> None:
    from chitieu.cli.web import setup_django

    setup_django()


def _worker(args: argparse.Namespace) -> dict[str, Any]:
    _django()
    if args.worker == "build":
        import national_build

        with tempfile.TemporaryDirectory(prefix="chitieu-national-") as tmp:
            return national_build.build(args.units, args.figures, Path(tmp))
    if args.worker == "kernel":
        import national_kernel

        return national_kernel.measure(args)
    import national_pages

    return national_pages.measure(args)


def _spawn(kind: str, argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a part in a child process; its last line of output is its JSON result."""
    done = subprocess.run(
        [sys.executable, __file__, *argv, "--worker", kind],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the {kind} part failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _database(db: str, data_dir: Path, keep: bool) -> tuple[str, str | None, bool]:
    """The database URL for ``db``, a PostgreSQL database to drop afterwards, and whether
    the database is new (then nothing an earlier run built is in it)."""
    if db == "sqlite":
        path = data_dir / "chitieu.sqlite3"
        return f"sqlite:///{path}", None, not path.exists()
    base = os.environ.get("CHITIEU_DATABASE_URL", "")
    if not base.startswith("postgres"):
        raise SystemExit("--db postgres: run under scripts/with-postgres.sh (CHITIEU_DATABASE_URL)")
    import psycopg

    name = "chitieu_national" if keep else f"chitieu_national_{os.getpid()}"
    with psycopg.connect(base.replace("postgres://", "postgresql://"), autocommit=True) as c:
        exists = c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            c.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name, None if keep else name, not exists


def _drop(name: str) -> None:
    import psycopg

    base = os.environ["CHITIEU_DATABASE_URL"].replace("postgres://", "postgresql://")
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_db(db: str, args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    """Build (or reuse) the database for ``db``, then measure the kernel and the web."""
    import national_build

    holder = None if args.keep else tempfile.TemporaryDirectory(prefix="chitieu-national-")
    data_dir = Path(args.keep or "") / db if args.keep else Path(holder.name) / db  # type: ignore[union-attr]
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    url, drop, new = _database(db, data_dir, bool(args.keep))
    env = {**os.environ, "CHITIEU_DATABASE_URL": url, "CHITIEU_DATA_DIR": str(data_dir)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [env.get("PYTHONPATH"), str(Path(__file__).parent)])
    )
    try:
        marker = data_dir / "built.json"
        done = national_build.built(marker, args.units, args.figures, new_database=new)
        if done is None:
            print(f"[{db}] building {args.units:,} units, ≥ {args.figures:,} figures…", flush=True)
            done = _spawn("build", argv, env)
            marker.write_text(json.dumps(done))
        else:
            print(f"[{db}] reusing the database built in {data_dir}", flush=True)
        print(f"[{db}] kernel (bulk evaluation, forecasts)…", flush=True)
        kernel = _spawn("kernel", argv, env)
        print(f"[{db}] web (real server)…", flush=True)
        web = _spawn("web", argv, env)
        if args.keep:  # the raw measurements, to read again
            (data_dir / "results.json").write_text(json.dumps({"kernel": kernel, "web": web}))
    finally:
        if drop:
            _drop(drop)
        if holder is not None:
            holder.cleanup()
    return {"build": done, "kernel": kernel, "web": web}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _options(argv)
    if args.worker:
        # What the app prints meanwhile (the console e-mails of an approval) is not ours.
        with contextlib.redirect_stdout(io.StringIO()):
            result = _worker(args)
        print(json.dumps(result))
        return 0
    from national_table import table

    for db in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        result = run_db(db, args, argv)
        print(table(db, result, GOALS, UPLOAD_ROWS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
