"""A damaged figures file is refused as the project's input error naming the file (and the
line or row): a CSV whose header is malformed, a Parquet file polars panics on or whose
dates Python cannot hold, one with more rows than a province has figures (issue 10)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from chitieu.figures import reading
from chitieu.figures.reading import read_figures
from chitieu.problems import InputError
from chitieu.targets.planfile import bundled_plan_path, load_plan

PLAN = load_plan(bundled_plan_path("langson-xvii"))
DAMAGED = Path(__file__).resolve().parent / "data" / "damaged"


def problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_figures(path, PLAN)
    return [str(p) for p in caught.value.problems]


def test_a_header_with_an_open_quote_names_its_line(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text('# numbers: vi\nmetric,"period,value,stage,as_of\n', encoding="utf-8")
    assert problems(path) == [f"{path}:2: malformed CSV: unexpected end of data"]


def test_a_header_with_a_stray_quote_names_its_line(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text('metric,"per"iod,value,stage,as_of\n', encoding="utf-8")
    assert problems(path) == [f"{path}:1: malformed CSV: ',' expected after '\"'"]


def test_a_parquet_file_polars_panics_on_is_unreadable(tmp_path):
    # a tiny file with a few bytes flipped: polars 2.1 panicked ("assertion left == right")
    (found,) = problems(DAMAGED / "polars-panic.parquet")
    assert found.startswith(f"{DAMAGED / 'polars-panic.parquet'}: not a readable Parquet file")


def test_a_date_python_cannot_hold_is_unreadable(tmp_path):
    path = tmp_path / "so-lieu.parquet"
    frame = pl.DataFrame(
        {
            "metric": ["grdp-growth", "grdp-growth"],
            "period": ["2021", "2022"],
            "value": [6.5, 7.0],
            "stage": ["official", "official"],
            "as_of": [datetime(2022, 3, 31), datetime(2023, 3, 31)],
        }
    ).with_columns(
        # microseconds past the year 9999, which Python's datetime cannot hold
        pl.when(pl.col("period") == "2022")
        .then(pl.lit(400_000_000_000_000_000, dtype=pl.Int64).cast(pl.Datetime("us")))
        .otherwise(pl.col("as_of"))
        .alias("as_of")
    )
    frame.write_parquet(path)
    (found,) = problems(path)
    assert found == f"{path}: not a readable Parquet file: year 14645 is out of range"


def test_more_rows_than_a_province_has_figures_are_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_PARQUET_ROWS", 3)
    path = tmp_path / "so-lieu.parquet"
    pl.DataFrame({"metric": ["x"] * 4}).write_parquet(path)
    assert problems(path) == [f"{path}: more than 3 rows: split the file"]
