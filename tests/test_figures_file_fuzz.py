"""Whatever a figures file holds (a broken CSV, a damaged Parquet file, values of odd
types), reading it gives the figures or the project's input error naming the file: never
another exception, so the CLI exits 2 and the import page lists the problems (issue 10)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import bundled_plan_path, load_plan
from tests.filekit import fuzz, mutated, read_or_refuse

PLAN = load_plan(bundled_plan_path("langson-xvii"))
CSV = bundled_plan_path("langson-xvii").with_suffix(".figures.csv").read_bytes()
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples"


def read(data: bytes, suffix: str) -> None:
    figures = read_or_refuse(lambda path: read_figures(path, PLAN), data, f"so-lieu{suffix}")
    assert figures is None or all(isinstance(f, Figure) for f in figures)


def _parquet(frame: pl.DataFrame) -> bytes:
    out = io.BytesIO()
    frame.write_parquet(out)
    return out.getvalue()


PARQUET = _parquet(
    pl.read_csv(io.BytesIO(CSV), comment_prefix="#", infer_schema=False)
    .head(3)
    .with_columns(pl.col("value").cast(pl.Float64), pl.col("as_of").str.to_date())
)
VALUES = st.sampled_from(
    [
        None,
        "grdp-growth",
        "2021",
        "2021-Q9",
        "official",
        "x",
        "2022-01-01",
        "31/2/2025",
        5,
        6.5,
        float("nan"),
        float("inf"),
        -1,
        2**62,
        True,
        date(2022, 1, 1),
        datetime(9999, 12, 31),
        [1, 2],
        b"\xff",
    ]
)
COLUMNS = ["metric", "period", "value", "stage", "as_of", "unit_code", "source", "note", "x"]


@st.composite
def odd_frames(draw: st.DrawFn) -> bytes:
    """A Parquet file of the right columns (or not) holding values of any type."""
    columns = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=8, unique=True))
    rows = draw(st.integers(0, 3))
    data = {c: [draw(VALUES)] * rows for c in columns}
    try:
        return _parquet(pl.DataFrame(data, strict=False))
    except Exception:  # a mix polars itself will not write: any file will do
        return PARQUET


@fuzz(300)
@given(st.sampled_from([CSV, (EXAMPLE / "vidu.figures.csv").read_bytes()]).flatmap(mutated))
def test_it_reads_or_refuses_any_mutated_csv(data: bytes) -> None:
    read(data, ".csv")


@fuzz(300)
@given(st.one_of(mutated(PARQUET), odd_frames()))
def test_it_reads_or_refuses_any_mutated_or_odd_parquet(data: bytes) -> None:
    read(data, ".parquet")
