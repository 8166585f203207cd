"""``chitieu consult``: the units' comments on a draft document, summed up offline."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from chitieu.cli.common import fail, lang_option
from chitieu.consultation.consolidate import consolidate
from chitieu.consultation.draft import Draft, read_draft
from chitieu.consultation.model import Reply
from chitieu.consultation.replies import read_reply
from chitieu.consultation.summary import Options, to_json
from chitieu.problems import InputError, Problem
from chitieu.reports.output import save
from chitieu.textread.sources import decode, read_file


@click.group()
def consult() -> None:
    """Comments on a draft document: the units' replies summed up."""


@consult.command("summary")
@click.argument("draft", type=click.Path(dir_okay=False))
@click.argument("replies", nargs=-1, metavar="REPLY...", type=click.Path(dir_okay=False))
@click.option(
    "--units",
    "units_file",
    type=click.Path(dir_okay=False),
    help="A CSV file with the columns unit,file: every unit consulted and its reply "
    "file (empty: the unit did not reply). Without it, a reply's unit is the author "
    "of the Word file, or the unit row of the table.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "docx", "xlsx"]),
    help="Default: from the suffix of -o, else json.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="The file to write.")
@click.option(
    "--issuer",
    multiple=True,
    help="The issuing body in the report's header, a line each (repeat the option; the "
    "last line is bold). Default: TIỂU BAN VĂN KIỆN.",
)
@lang_option("Language of the summary and the messages")
def summary(
    draft: str,
    replies: tuple[str, ...],
    units_file: str | None,
    fmt: str | None,
    output: str | None,
    issuer: tuple[str, ...],
    lang: str,
) -> None:
    """Sum up the comments on DRAFT (.docx, .pdf, .txt, .html) in the REPLY files.

    A reply is a copy of the draft with Word comments (.docx) or the comments table
    (.xlsx). Prints, per part of the draft, each unit's comments; the comments that
    match no part; the units that replied and those that did not. With --format docx
    or xlsx, writes the summary report "Báo cáo tổng hợp ý kiến" to -o.
    """
    fmt = fmt or (Path(output).suffix.lower().lstrip(".") if output else "json")
    if fmt not in ("json", "docx", "xlsx") or (fmt != "json" and not output):
        fail([Problem(output or "--format", "consult.format")])
    the_draft = _draft(draft)
    consulted, files = _files(units_file, replies)
    read, problems = _replies(files, the_draft)
    if problems:
        fail(problems)
    try:
        result = consolidate(the_draft, read, consulted)
    except InputError as exc:
        fail(exc.problems)
        return
    options = Options(lang=lang, issuer=tuple(x.strip() for x in issuer if x.strip()))
    if fmt == "json":
        body = json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
        data = body.encode("utf-8")
    elif fmt == "docx":
        from chitieu.consultation.summary_docx import render_docx

        data = render_docx(result, options)
    else:
        from chitieu.consultation.summary_xlsx import render_xlsx

        data = render_xlsx(result, options)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    try:
        save(data, output)
    except OSError as exc:
        fail([Problem(output, "consult.write", {"why": str(exc.strerror)})])


def _draft(path: str) -> Draft:
    try:
        return read_draft(path)
    except InputError as exc:
        fail(exc.problems)
        raise  # unreachable: fail exits


def _files(
    units_file: str | None, replies: tuple[str, ...]
) -> tuple[list[str], list[tuple[str, str | None]]]:
    """The units consulted, and each reply file with its unit (None: the file says)."""
    listed: list[tuple[str, str]] = []
    if units_file is not None:
        try:
            listed = read_units(units_file)
        except InputError as exc:
            fail(exc.problems)
    base = Path(units_file).parent if units_file else Path()
    files: list[tuple[str, str | None]] = []
    for unit, file in listed:
        if file:
            path = Path(file) if Path(file).is_absolute() else base / file
            files.append((str(path), unit))
    known = {Path(p).resolve() for p, _ in files}
    files += [(r, None) for r in replies if Path(r).resolve() not in known]
    return [unit for unit, _ in listed], files


def read_units(path: str) -> list[tuple[str, str]]:
    """The rows of a units file: ``unit,file``, a header line first."""
    text = decode(read_file(path, (".csv", ".txt")), path)
    rows = list(csv.reader(io.StringIO(text)))
    header = [c.strip().casefold() for c in rows[0]] if rows else []
    if "unit" not in header or "file" not in header:
        raise InputError([Problem(path, "consult.units_columns", line=1)])
    at_unit, at_file = header.index("unit"), header.index("file")
    out: list[tuple[str, str]] = []
    problems = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        unit = row[at_unit].strip() if at_unit < len(row) else ""
        file = row[at_file].strip() if at_file < len(row) else ""
        if not unit:
            problems.append(Problem(path, "consult.units_empty", line=n))
        out.append((" ".join(unit.split()), file))
    if problems:
        raise InputError(problems)
    return out


def _replies(
    files: list[tuple[str, str | None]], draft: Draft
) -> tuple[list[Reply], list[Problem]]:
    """Every reply read; the problems of all of them (any one refuses the summary)."""
    read: list[Reply] = []
    problems: list[Problem] = []
    for path, unit in files:
        try:
            read.append(read_reply(path, draft, unit))
        except InputError as exc:
            problems += exc.problems
    return read, problems
