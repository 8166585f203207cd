"""The benchmark runs end to end on a small data set (its timings are not checked here)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_evaluate.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_evaluate", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_benchmark_prints_the_ratio_and_the_peak_memory(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("duckdb")
    bench = load_bench()
    assert bench.main(["--figures", "50000", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for m in ("CPU", "WALL"):
        assert re.search(
            rf"^ratio chitieu/duckdb {m}: \d+\.\d\d× \(goal ≤ 1.2×: (met|NOT met)\)$", out, re.M
        ), out
    assert re.search(
        r"^peak memory \(ru_maxrss\): chitieu [\d,]+ MiB, duckdb [\d,]+ MiB \(goal", out, re.M
    )
    # Both sides evaluated the same units and metrics, and gave each the same status.
    rows = re.findall(r"([\d,]+) \(unit, metric\) rows", out)
    assert len(rows) == 2 and rows[0] == rows[1] and rows[0] != "0", out
    assert re.search(
        r"cross-check: [\d,]+ \(unit, metric\) statuses and values compared, 0 differ", out
    ), out


def test_dashboard_benchmark_prints_latencies_and_the_ratio(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_dashboard", BENCH.parent / "bench_dashboard.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    assert bench.main(["--users", "20", "--requests", "2", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    for name in ("trivial", "dashboard"):
        # Every request answered: 20 viewers × 2 loads, none failed.
        assert re.search(rf"^{name} +requests +40  errors +0  p50 .* ms  p95 .* ms", out, re.M), out
    assert re.search(r"^ratio p95 dashboard/trivial: \d+\.\d\d× \(goal ≤ 3×", out, re.M), out


def test_text_reader_benchmark_prints_the_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_text_reader", BENCH.parent / "bench_text_reader.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for flags in ([], ["--prose", "--wrapped"]):
        assert bench.main(["--sizes", "10,40", "--repeat", "1", *flags]) == 0
        out = capsys.readouterr().out
        assert re.search(r"^ +10 KB: best \d+\.\d{3} s of \[\d+\.\d{3}\] s$", out, re.M), out
        assert re.search(
            r"^ratio 40 KB / 10 KB: \d+\.\d\d× \(linear is 4×, quadratic 16×; goal ≤ 6×: "
            r"(met|NOT met)\)$",
            out,
            re.M,
        ), out


def test_forecasts_benchmark_prints_the_time_per_series(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_forecasts", BENCH.parent / "bench_forecasts.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    assert bench.main(["--figures", "50000", "--units", "5", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    # The units both sides evaluated got the same forecast classes.
    assert re.search(r"^cross-check: 175 series of 5 units, 0 forecast classes differ", out, re.M)
    assert re.search(r"^vectorised forecast_frame : +\d+\.\d\d µs CPU per series", out, re.M)
    assert re.search(r"faster \(goal ≥ 100×: (met|NOT met)\)$", out, re.M), out
