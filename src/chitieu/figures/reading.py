"""Reading figures files (CSV or Parquet) and checking them against a plan.

Columns: ``metric``, ``period``, ``value``, ``stage``, ``as_of`` (required) and
``unit_code``, ``source``, ``note`` (optional). A CSV file may start with comment lines;
``# numbers: vi`` says its numbers are Vietnamese-formatted ("1.234,5"). Text that would
start a spreadsheet formula is written with a leading ``'`` and read back without it
(:mod:`chitieu.figures.cells`). A file is read
whole or not at all: every problem is reported with its line (CSV; the header is line 1)
or row (Parquet; the first data row is row 1) and field, and no figure is returned.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.figures.cells import csv_text, csv_text_read
from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, PeriodKind, parse_period
from chitieu.problems import InputError, Message, Problem, coded
from chitieu.targets.model import Plan
from chitieu.vnnumbers import (
    NumberFormatError,
    NumberStyle,
    check_storable,
    parse_number,
    to_decimal,
)

REQUIRED = ("metric", "period", "value", "stage", "as_of")
OPTIONAL = ("unit_code", "source", "note")
TEXT = ("metric", "unit_code", "source", "note")  # free text, kept from running as formulas
_DIRECTIVE = re.compile(r"^#\s*numbers\s*[:=]\s*(\w+)\s*$", re.I)
_ROW_ERROR = "\0row-error"  # marks a row the CSV reader could not split into columns
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Parquet packs rows tightly: a small file may hold millions; a province's figures are far fewer
MAX_PARQUET_ROWS = 1_000_000


def parse_date(text: str) -> date:
    """A Vietnamese date (25/9/2021, day first) or an ISO one (2021-09-25), nothing else:
    the one rule of every surface (files, command line, web pages, API). Anything else,
    or a day that does not exist (31/2/2023), raises ValueError."""
    s = text.strip()
    if m := _DMY.fullmatch(s):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.fullmatch(s):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(f"not a date: {text!r}")
    return date(year, month, day)


def period_start(period: Period) -> date:
    return date(period.year, 1, 1)


def read_figures(
    path: str | Path,
    plan: Plan,
    numbers: NumberStyle | str | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Figure]:
    """Read and check a figures file; raise :class:`InputError` listing every problem.

    ``progress``, if given, is called with each row's line (CSV) or row (Parquet) number
    as it is checked: a background import shows how far it got, and stops it by raising.
    """
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError([Problem(name, "file.missing")])
    if path.suffix.lower() == ".parquet":
        rows, style = _parquet_rows(path), None
        place = "row"
    elif path.suffix.lower() in (".csv", ".txt"):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                [Problem(name, "file.not_utf8", {"why": f"{exc.reason} at byte {exc.start}"})]
            ) from None
        style, rows = _csv_rows(text, name)
        place = "line"
    else:
        raise InputError([Problem(name, "figures.file_type")])
    flag = NumberStyle(numbers) if numbers is not None else None
    if flag is not None and style is not None and flag is not style:
        raise InputError(
            [Problem(name, "figures.style_clash", {"style": style.value, "flag": flag.value})]
        )
    if progress is not None:
        rows = _told(rows, progress)
    return check_rows(rows, plan, name, flag or style or NumberStyle.PLAIN, place)


def _told(
    rows: Iterator[tuple[int, dict[str, Any]]], progress: Callable[[int], None]
) -> Iterator[tuple[int, dict[str, Any]]]:
    for line, rec in rows:
        progress(line)
        yield line, rec


def _csv_rows(
    text: str, name: str
) -> tuple[NumberStyle | None, Iterator[tuple[int, dict[str, Any]]]]:
    lines = text.splitlines(keepends=True)
    style: NumberStyle | None = None
    skip = 0
    for line in lines:
        if not line.startswith("#"):
            break
        m = _DIRECTIVE.match(line.strip())
        if m:
            try:
                style = NumberStyle(m.group(1).lower())
            except ValueError:
                raise InputError(
                    [
                        Problem(
                            name,
                            "figures.style_unknown",
                            {"v": m.group(1)},
                            line=skip + 1,
                        )
                    ]
                ) from None
        skip += 1
    reader = csv.DictReader(io.StringIO("".join(lines[skip:])), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise InputError(
            [Problem(name, "file.bad_csv", {"why": str(exc)}, line=skip + 1)]
        ) from None
    problems = _header_problems(header, name, skip + 1)
    if problems:
        raise InputError(problems)

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            for record in reader:
                # line_num counts physical lines read so far, so quoted newlines stay right.
                line = skip + reader.line_num
                if None in record:
                    yield line, {_ROW_ERROR: "figures.row_too_long"}
                    continue
                yield line, {k: _read_text(k, v) for k, v in record.items()}
        except csv.Error as exc:
            raise InputError(
                [Problem(name, "file.bad_csv", {"why": str(exc)}, line=skip + reader.line_num)]
            ) from None

    return style, rows()


def _read_text(column: str, value: str | None) -> str | None:
    return csv_text_read(value) if column in TEXT and value is not None else value


def _header_problems(header: Iterable[str], name: str, line: int | None) -> list[Problem]:
    cols = list(dict.fromkeys(header))
    problems = [
        Problem(name, "figures.column_missing", {"c": c}, line=line, field=c)
        for c in REQUIRED
        if c not in cols
    ]
    problems += [
        Problem(
            name,
            "figures.column_unknown",
            {"c": c, "allowed": ", ".join(REQUIRED + OPTIONAL)},
            line=line,
            field=c,
        )
        for c in cols
        if c not in REQUIRED + OPTIONAL
    ]
    every = list(header)
    problems += [
        Problem(name, "figures.column_twice", {"c": c}, line=line, field=c)
        for c in cols
        if every.count(c) > 1
    ]
    return problems


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    import polars as pl
    from polars.exceptions import PanicException

    name = str(path)
    # polars raises many kinds of errors on a damaged file, and a Rust panic is no
    # Exception: each means the file cannot be read
    unreadable = (Exception, PanicException)
    try:
        height = pl.scan_parquet(path).select(pl.len()).collect().item()
        if height > MAX_PARQUET_ROWS:
            too_many = {"count": Decimal(MAX_PARQUET_ROWS)}
            raise InputError([Problem(name, "figures.too_many_rows", too_many)])
        frame = pl.read_parquet(path)
    except InputError:
        raise
    except unreadable as exc:
        raise InputError([Problem(name, "figures.parquet", {"why": str(exc)})]) from None
    problems = _header_problems(frame.columns, name, None)
    if problems:
        raise InputError(problems)
    try:
        yield from enumerate(frame.iter_rows(named=True), start=1)
    except unreadable as exc:
        # a value Python cannot hold (a date in the year 12787 …); polars converts rows in
        # batches, so which row is not known
        raise InputError([Problem(name, "figures.parquet", {"why": str(exc)})]) from None


def check_rows(
    rows: Iterable[tuple[int, dict[str, Any]]],
    plan: Plan,
    name: str,
    style: NumberStyle,
    place: str = "line",
) -> list[Figure]:
    """Turn raw rows into figures, checking each against the plan."""
    metric_ids = {m.id for m in plan.metrics()}
    figures: list[Figure] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, str, Period, Stage, date], int] = {}
    for line, rec in rows:

        def bad(fld: str, said: Message, line: int = line) -> None:
            at = {"line": line} if place == "line" else {"row": line}
            problems.append(Problem.of(name, said, field=fld, **at))

        if _ROW_ERROR in rec:
            problems.append(Problem(name, rec[_ROW_ERROR], line=line))
            continue
        values = {k: ("" if v is None else v) for k, v in rec.items()}
        metric = str(values.get("metric", "")).strip()
        if metric not in metric_ids:
            bad("metric", coded("figures.measure_unknown", m=metric, plan=plan.id))
        period = _period(str(values.get("period", "")), plan, bad)
        value = None
        raw = values.get("value", "")
        try:
            number = parse_number(raw, style) if isinstance(raw, str) else to_decimal(raw)
            value = check_storable(number, raw if isinstance(raw, str) else None)
        except NumberFormatError as exc:
            bad("value", exc.said)
        stage = None
        try:
            stage = Stage(str(values.get("stage", "")).strip())
        except ValueError:
            bad("stage", coded("figures.bad_stage", v=str(values.get("stage"))))
        as_of = None
        raw_date = values.get("as_of", "")
        if isinstance(raw_date, datetime):
            as_of = raw_date.date()
        elif isinstance(raw_date, date):
            as_of = raw_date
        else:
            try:
                as_of = parse_date(str(raw_date))
            except ValueError:
                bad("as_of", coded("figures.bad_date", v=str(raw_date)))
        unit = str(values.get("unit_code", "")).strip() or plan.area.code
        if period and as_of and stage and stage.is_actual and as_of < period_start(period):
            bad("as_of", coded("figures.before_period", date=as_of, p=str(period)))
        if None in (period, value, stage, as_of) or metric not in metric_ids:
            continue
        assert period and value is not None and stage and as_of
        key = (metric, unit, period, stage, as_of)
        if key in seen:
            bad("period", coded("figures.duplicate", n=seen[key]))
            continue
        seen[key] = line
        origin = f"{name}:{line}" if place == "line" else f"{name} row {line}"
        figures.append(
            Figure(
                metric,
                period,
                value,
                stage,
                as_of,
                unit,
                str(values.get("source", "")),
                origin,
                str(values.get("note", "")),
            )
        )
    if problems:
        raise InputError(problems)
    return figures


def _period(text: str, plan: Plan, bad: Any) -> Period | None:
    try:
        period = parse_period(text)
    except PeriodError as exc:
        bad("period", exc.said)
        return None
    if period.kind is PeriodKind.TERM:
        if (period.year, period.end_year) != (plan.start_year, plan.end_year):
            term = f"{plan.start_year}/{plan.end_year}"
            bad("period", coded("figures.not_term", p=str(period), term=term))
            return None
    elif not plan.baseline_year <= period.year <= plan.end_year:
        outside = coded(
            "figures.outside_term", p=str(period), base=plan.baseline_year, end=plan.end_year
        )
        bad("period", outside)
        return None
    return period


FIGURES_CSV_HEADER = (*REQUIRED, "unit_code", "source", "note")


def figure_csv_row(
    metric: str,
    period: str,
    value: Decimal,
    stage: str,
    as_of: date,
    unit_code: str,
    source: str,
    note: str,
) -> list[str]:
    """One figure as a row of the plain CSV format (the web app writes stored rows with it)."""
    return [
        csv_text(metric),
        period,
        str(value),
        stage,
        as_of.isoformat(),
        csv_text(unit_code),
        csv_text(source),
        csv_text(note),
    ]


def write_figures_csv(figures: Iterable[Figure], out: io.TextIOBase | Any) -> None:
    """Write figures in the plain CSV format, every vintage kept. Text that a spreadsheet
    would run is quoted (``'=…``); the values are numbers and never are."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURES_CSV_HEADER)
    for f in figures:
        writer.writerow(
            figure_csv_row(
                f.metric,
                str(f.period),
                f.value,
                f.stage.value,
                f.as_of,
                f.unit_code,
                f.source,
                f.note,
            )
        )
