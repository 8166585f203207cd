"""Figures as a Parquet dataset, for analytics engines (DuckDB, Polars, Spark).

The national database is the system of record; analysts who compare provinces or
countries read a copy instead of querying it. The copy is a Hive-style dataset, one
folder per plan (``plan=<slug>/part-00000.parquet`` …), which every engine reads as one
table with ``plan`` as a column. Rows arrive as plain tuples in chunks and each chunk
becomes one file, so memory stays bounded by the chunk, not by the number of figures.

Values keep their exact decimals (``Decimal(30, 10)``, the width of the database column)
with ``places``, the number of decimals as written, beside them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path

import polars as pl

# One row: what the database holds of an approved vintage, in SCHEMA's order.
FigureRow = tuple[str, str, str, str, Decimal, int, str, date, datetime | None, str, str]
SCHEMA: dict[str, pl.DataType] = {
    "metric": pl.String(),
    "unit_code": pl.String(),
    "province_code": pl.String(),
    "period": pl.String(),
    "value": pl.Decimal(30, 10),
    "places": pl.Int16(),
    "stage": pl.String(),
    "as_of": pl.Date(),
    "approved_at": pl.Datetime("us", "UTC"),
    "source": pl.String(),
    "note": pl.String(),
}
PART_ROWS = 250_000  # about 20 MB of Python tuples at a time


def _chunks(rows: Iterable[FigureRow], size: int) -> Iterator[list[FigureRow]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def write_plan_dataset(
    rows: Iterable[FigureRow], out_dir: Path, plan_slug: str, part_rows: int = PART_ROWS
) -> int:
    """Write one plan's figures under ``out_dir/plan=<slug>/``; return the number of rows.

    The folder is written beside its final place and renamed into it, so a reader never
    sees half a plan, and a failed export leaves the previous copy as it was.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"plan={plan_slug}"
    work = Path(tempfile.mkdtemp(prefix=f".plan={plan_slug}.", dir=out_dir))
    written = 0
    try:
        for n, chunk in enumerate(_chunks(rows, part_rows)):
            frame = pl.DataFrame(chunk, schema=SCHEMA, orient="row")
            frame.write_parquet(work / f"part-{n:05d}.parquet")
            written += len(chunk)
        if written == 0:  # an empty plan is still a table engines can read
            pl.DataFrame(schema=SCHEMA).write_parquet(work / "part-00000.parquet")
        old = out_dir / f".old-{os.getpid()}-{plan_slug}"
        if final.exists():
            final.rename(old)
        work.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return written
