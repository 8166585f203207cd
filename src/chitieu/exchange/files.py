"""Reading another system's file within limits, and choosing the figures to send it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from chitieu.figures.model import Figure
from chitieu.figures.reading import MAX_PARQUET_ROWS
from chitieu.figures.vintages import current_figures
from chitieu.problems import InputError, Problem

MB = 1024 * 1024
MAX_BYTES = 64 * MB  # a province's figures for a term are a few MB; a larger file is a mistake
MAX_ROWS = MAX_PARQUET_ROWS


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, or :class:`InputError` when it is missing or over ``limit``."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise InputError([Problem(name, "file.missing")]) from None
    except OSError as exc:
        raise InputError([Problem(name, "file.unreadable", {"why": str(exc.strerror)})]) from None
    if len(data) > limit:
        size = Decimal(Path(path).stat().st_size * 10 // MB) / 10
        too_big = {"mb": max(size, Decimal(limit // MB)), "limit": Decimal(limit // MB)}
        raise InputError([Problem(name, "file.too_large", too_big)])
    return data


def read_text(path: str | Path) -> str:
    """The file as UTF-8 text (a BOM allowed), within :data:`MAX_BYTES`."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(str(path), "file.not_utf8", {"why": why})]) from None


def csv_records(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of a CSV text with the line it starts on (1 for the first); at most
    :data:`MAX_ROWS` of them; a malformed file is one problem at its line."""
    reader = csv.reader(io.StringIO(text), strict=True)
    start = 1
    try:
        for count, record in enumerate(reader):
            if count > MAX_ROWS:
                many = {"count": Decimal(MAX_ROWS)}
                raise InputError([Problem(name, "figures.too_many_rows", many)])
            yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        where = reader.line_num
        raise InputError([Problem(name, "file.bad_csv", {"why": str(exc)}, line=where)]) from None


def latest_per_stage(figures: Iterable[Figure]) -> list[Figure]:
    """Of every series point, the latest report of each stage: what a system holding one
    value per point and stage (DHIS2, a published table) keeps."""
    latest: dict[tuple[object, ...], Figure] = {}
    for f in figures:
        key = (*f.key, f.stage)
        if key not in latest or f.as_of > latest[key].as_of:
            latest[key] = f
    return sorted(latest.values(), key=_order)


def current(figures: Iterable[Figure]) -> list[Figure]:
    """The current actual vintage of every series point (the one an evaluation uses)."""
    return sorted(current_figures(figures).values(), key=_order)


def _order(f: Figure) -> tuple[object, ...]:
    return (f.metric, f.unit_code, f.period.by_end(), f.period, f.stage.rank, f.as_of)
