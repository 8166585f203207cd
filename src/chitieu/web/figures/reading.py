"""Reading a plan's approved figures for the pages that show the whole plan.

A province has thousands of communes and each reports every measure, so the figures
table holds millions of vintages; the dashboard judges the plan's own area. These
readers fetch only what a page needs, as plain tuples (``values_list`` read in chunks),
and never build a Django object per figure:

* :func:`area_figures`: every vintage of the plan's own area (a few hundred rows), as
  core figures, for the exact engine;
* :func:`current_rows`: the rows of a query that are the current vintage of their point,
  picked by the vectorised vintage rule (the twin of
  :func:`chitieu.figures.vintages.current_vintages`) before anything is built for them
  (the per-unit figures of the counts of units are read this way, :mod:`.counted`);
* :func:`unit_figures`: every vintage of a slice of units, as core figures, for the review
  of each unit;
* :func:`measures_figures`: the approved rows of some measures, for a page to narrow;
* :func:`unit_codes` and :func:`unit_frame`: the per-unit rows of some measures (of some
  units) as a Polars frame in the shape :func:`chitieu.evaluation.bulk.evaluate_frame` reads;
* :func:`export_path`: the figures.csv / figures.json download, written once per data
  version into the data dir by streaming the rows, then served as a file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from json.encoder import encode_basestring as quote  # json.dumps' own quoting
from pathlib import Path
from typing import Any

import polars as pl
from django.conf import settings
from django.db.models import Count, Max, QuerySet
from django.db.models.sql.constants import MULTI

from chitieu.evaluation.bulk import current_vintage_rows, current_vintage_rows_first
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, PeriodKind, parse_period
from chitieu.figures.reading import FIGURES_CSV_HEADER, figure_csv_row
from chitieu.vnnumbers import with_places
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.access import approved_figures, figures_for_all
from chitieu.web.plans.models import Plan
from chitieu.web.private import private_dir

CHUNK = 5000  # rows per fetch: bounded memory whatever the table's size
# A figure as read: what the core's Figure holds, with the measure's primary key.
FIELDS = (
    "measure_id",
    "unit_code",
    "period",
    "value",
    "places",
    "stage",
    "as_of",
    "source",
    "origin",
    "note",
)
Row = tuple[int, str, str, Decimal, int, str, date, str, str, str]


def _rows(records: QuerySet[FigureRecord]) -> Iterator[Row]:
    rows: Iterable[Row] = records.values_list(*FIELDS).iterator(chunk_size=CHUNK)
    yield from rows


class _Periods:
    """Period text to Period, parsed once per distinct text (a handful per plan)."""

    def __init__(self) -> None:
        self._seen: dict[str, Period] = {}

    def __call__(self, text: str) -> Period:
        p = self._seen.get(text)
        if p is None:
            p = self._seen[text] = parse_period(text)
        return p


def _figure(keys: dict[int, str], period: _Periods, row: Row) -> Figure:
    measure, unit, text, value, places, stage, as_of, source, origin, note = row
    return Figure(
        metric=keys[measure],
        period=period(text),
        value=with_places(value, places),
        stage=Stage(stage),
        as_of=as_of,
        unit_code=unit,
        source=source,
        origin=origin,
        note=note,
    )


def _keys(plan: Plan) -> dict[int, str]:
    return dict(plan.measures.values_list("pk", "key"))


def _by_measures(keys: dict[int, str]) -> QuerySet[FigureRecord]:
    """The approved rows of these measures. A measure belongs to one plan: not narrowed
    by the plan too, the database reads them by the (measure, unit, …) index, not every
    approved figure of the plan (millions at national scale) through the plan's."""
    return approved_figures().filter(measure_id__in=list(keys))


def measures_figures(plan: Plan, keys: Iterable[str]) -> QuerySet[FigureRecord]:
    """The approved rows of some of the plan's measures (by key), read by the measures'
    own index."""
    measures = plan.measures.filter(key__in=list(keys)).values("pk")
    return approved_figures().filter(measure_id__in=measures)  # one query, a subquery


def area_figures(plan: Plan) -> list[Figure]:
    """Every approved vintage of the plan's own area, in the order they were stored."""
    keys, period = _keys(plan), _Periods()
    records = _by_measures(keys).filter(unit_code=plan.area_code).order_by("pk")
    return [_figure(keys, period, r) for r in _rows(records)]


def unit_figures(plan: Plan, units: Iterable[str]) -> list[Figure]:
    """Every approved vintage of some units (a slice of them: a review per unit), as core
    figures, in the order they were stored."""
    keys, period = _keys(plan), _Periods()
    records = _by_measures(keys).filter(unit_code__in=list(units)).order_by("pk")
    return [_figure(keys, period, r) for r in _rows(records)]


def _driver_rows(rows: QuerySet[Any]) -> tuple[Any, Iterable[list[tuple[Any, ...]]]]:
    """A ``values_list`` query run without Django's converters: its compiler (which
    converts the rows one keeps, ``results_iter``) and its rows in chunks of ``CHUNK``, as
    the database driver gives them."""
    compiler = rows.query.get_compiler(using=rows.db)
    return compiler, compiler.execute_sql(MULTI, chunked_fetch=True, chunk_size=CHUNK) or []


def current_rows(
    records: QuerySet[FigureRecord], fields: Sequence[str], as_of: date | None = None
) -> list[Any]:
    """The rows of ``records`` (the values of ``fields``, which begin with the first seven
    of :data:`FIELDS`) that are the current vintage of their (measure, unit, period) on
    ``as_of``. The rows are read as the driver gives them; the vectorised vintage rule
    picks the current ones (:func:`chitieu.evaluation.bulk.current_vintage_rows`, the twin
    of :func:`~chitieu.figures.vintages.current_vintages`), and only those go through
    Django's converters."""
    return _current(records, fields, as_of, first=False)[0]


def current_rows_first(
    records: QuerySet[FigureRecord], fields: Sequence[str], as_of: date | None = None
) -> tuple[list[Any], list[Any]]:
    """:func:`current_rows`, and for each row answered the value of the last field (the
    primary key, say) in its point's first row that counts, which places the point as the
    rule orders them (:func:`chitieu.evaluation.bulk.current_vintage_rows_first`)."""
    return _current(records, fields, as_of, first=True)


def _current(
    records: QuerySet[FigureRecord], fields: Sequence[str], as_of: date | None, first: bool
) -> tuple[list[Any], list[Any]]:
    assert tuple(fields[:7]) == FIELDS[:7]
    compiler, chunks = _driver_rows(records.values_list(*fields))
    raw = [row for chunk in chunks for row in chunk]
    if not raw:
        return [], []
    columns = list(zip(*raw, strict=True))
    frame = pl.DataFrame(
        {"m": columns[0], "u": columns[1], "p": columns[2], "stage": columns[5]},
        schema={"m": pl.Int64, "u": pl.String, "p": pl.String, "stage": pl.String},
    ).with_columns(as_of=pl.Series(columns[6], dtype=pl.Date))
    key = ["m", "u", "p"]
    if first:
        picked, heads = current_vintage_rows_first(frame, key, as_of)
        firsts = [raw[i][-1] for i in heads]
    else:
        picked, firsts = current_vintage_rows(frame, key, as_of), []
    return list(compiler.results_iter(results=[[raw[i] for i in picked]])), firsts


# ---------------------------------------------------------------- per-unit frames

FRAME_SCHEMA = {  # the columns read, in this order (measure__key is read as metric)
    "unit_code": pl.String,
    "measure__key": pl.String,
    "period": pl.String,
    "value": pl.Float64,
    "stage": pl.String,
    "as_of": pl.Date,
}


def _period_table(texts: Iterable[str]) -> pl.DataFrame:
    """Each stored period text with its year and kind ('year', 'term' or another)."""
    rows: list[tuple[str, int | None, str]] = []
    for text in texts:
        try:
            p = parse_period(text)
        except PeriodError:
            continue  # nothing stored is unreadable; a bad row is simply not judged
        kind = "term" if p.kind is PeriodKind.TERM else "year" if p.is_annual else "part"
        rows.append((text, p.year, kind))
    schema = {"period": pl.String, "year": pl.Int32, "period_kind": pl.String}
    return pl.DataFrame(rows, schema=schema, orient="row")


def _frame_of(chunk: list[tuple[object, ...]]) -> pl.DataFrame:
    """Rows as the driver gives them (values: floats from SQLite, Decimals from
    PostgreSQL, both exactly the stored number's nearest float) as a frame."""
    columns = zip(*chunk, strict=True)
    return pl.DataFrame(
        [
            pl.Series(name, column, dtype=dtype, strict=name != "value")
            for (name, dtype), column in zip(FRAME_SCHEMA.items(), columns, strict=True)
        ]
    )


def unit_codes(plan: Plan) -> list[str]:
    """The units (not the plan's area) that have approved figures, by code."""
    records = figures_for_all(plan).exclude(unit_code=plan.area_code)
    return list(records.order_by("unit_code").values_list("unit_code", flat=True).distinct())


def unit_frame(plan: Plan, keys: Iterable[str], units: Iterable[str] | None = None) -> pl.DataFrame:
    """The per-unit approved rows of some measures, as :func:`evaluate_frame` reads them.

    Columns ``unit_code``, ``metric``, ``year``, ``period_kind``, ``value`` (float),
    ``stage``, ``as_of``; read in chunks of tuples, one frame per chunk. With ``units``,
    those units' rows only (a re-evaluation reads the units a slice at a time).
    """
    # Unordered: the evaluation picks vintages and sorts by itself, and the model's ordering
    # (plan, target, measure, unit, period, date) made PostgreSQL sort every row read.
    records = measures_figures(plan, keys).exclude(unit_code=plan.area_code).order_by()
    if units is not None:
        records = records.filter(unit_code__in=list(units))
    # As the driver gives them (SQLite: floats, PostgreSQL: Decimals, both: dates), one
    # frame per chunk: Django's converters cost more than the reading itself.
    _compiler, chunks = _driver_rows(records.values_list(*FRAME_SCHEMA))
    frames = [_frame_of(chunk) for chunk in chunks if chunk]
    frame = pl.concat(frames) if frames else pl.DataFrame(schema=FRAME_SCHEMA)
    periods = _period_table(frame.get_column("period").unique().to_list())
    return frame.rename({"measure__key": "metric"}).join(periods, on="period").drop("period")


# ---------------------------------------------------------------- figures.csv / .json


def _export_rows(plan: Plan) -> Iterator[tuple[str, str, Decimal, str, date, str, str, str]]:
    """Every approved vintage in the order it was stored, as the export writes it."""
    keys, period = _keys(plan), _Periods()
    records = figures_for_all(plan).order_by("pk")
    for measure, unit, text, value, places, stage, as_of, source, _o, note in _rows(records):
        shown = str(period(text))  # as the core writes it
        yield keys[measure], shown, with_places(value, places), stage, as_of, unit, source, note


def csv_chunks(plan: Plan) -> Iterator[str]:
    """figures.csv in pieces: the core's figures format (``write_figures_csv``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURES_CSV_HEADER)
    for n, row in enumerate(_export_rows(plan), start=1):
        writer.writerow(figure_csv_row(*row))
        if n % CHUNK == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def figures_csv(plan: Plan) -> str:
    """The whole figures.csv as text (for a plan of a few thousand figures)."""
    return "".join(csv_chunks(plan))


JSON_KEYS = ("metric", "period", "value", "stage", "as_of", "unit_code", "source", "note")


def _json_item(row: tuple[str, str, Decimal, str, date, str, str, str]) -> str:
    """One figure as ``json.dumps(rows, ensure_ascii=False, indent=2)`` writes an item of
    the list, every value a string; built by hand, as json's indenting encoder is
    several times slower than its string quoting."""
    metric, period, value, stage, as_of, unit, source, note = row
    values = (metric, period, format(value, "f"), stage, as_of.isoformat(), unit, source, note)
    pairs = ",\n".join(
        f"    {quote(k)}: {quote(v)}" for k, v in zip(JSON_KEYS, values, strict=True)
    )
    return "{\n" + pairs + "\n  }"


def json_chunks(plan: Plan) -> Iterator[str]:
    """figures.json in pieces: the very text of ``json.dumps(rows, indent=2)`` + newline."""
    first = True
    for row in _export_rows(plan):
        yield ("[\n  " if first else ",\n  ") + _json_item(row)
        first = False
    yield "[]\n" if first else "\n]\n"


WRITERS = {"csv": csv_chunks, "json": json_chunks}


def exports_dir() -> Path:
    return private_dir(Path(settings.EXPORTS_DIR))


def rows_seen(records: QuerySet[FigureRecord]) -> tuple[object, ...]:
    """The count, last id, last approval and last change of some rows (one query): a row
    approved, added or removed changes it (a new vintage is a new row with a new id, an
    approval sets its rows' approval time, a row saved its change time)."""
    seen = records.order_by().aggregate(
        n=Count("pk"), last=Max("pk"), at=Max("approved_at"), changed=Max("changed_at")
    )
    return (seen["n"], seen["last"], seen["at"], seen["changed"])


def _version(plan: Plan) -> str:
    """The plan's data version, and what the figures table says of its approved rows.

    Approving bumps ``data_version``; :func:`rows_seen` (one indexed query) also catches
    a row written or removed without it (a restored backup, a fix in the database shell),
    as the file outlives the process.
    """
    text = repr((plan.cache_key, *rows_seen(figures_for_all(plan))))
    return f"{plan.data_version}-{hashlib.sha256(text.encode()).hexdigest()[:20]}"


def export_path(plan: Plan, ext: str) -> Path:
    """The plan's figures.<ext> for its current data version, written if missing."""

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as out:
            for piece in WRITERS[ext](plan):
                out.write(piece)

    return versioned_file(plan, f"figures.{ext}", write)


def versioned_file(plan: Plan, name: str, write: Callable[[Path], None], key: str = "") -> Path:
    """The plan's file ``name`` for its current data version (and ``key``: what else the
    file depends on, such as a mapping), written by ``write`` if missing.

    Named by the plan's pk and :func:`_version`, so a new approval makes a new file; it
    is written to a temporary file and renamed, so a reader never sees half a file, and
    the plan's older files of that name are removed.
    """
    pk = plan.pk
    folder = exports_dir()
    version = _version(plan)
    if key:
        version += "-" + hashlib.sha256(key.encode()).hexdigest()[:12]
    path = folder / f"{pk}-{version}.{name}"
    if path.exists():
        return path
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{pk}-", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in folder.glob(f"{pk}-*.{name}"):
        if old != path:
            old.unlink(missing_ok=True)
    return path
