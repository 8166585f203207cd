"""``chitieu export`` and ``chitieu import``: figures to and from other systems' formats."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import click

from chitieu.cli.common import DateType, _, fail, lang_option, open_plan, resolve
from chitieu.cli.progress import progress_option, read_figures_shown
from chitieu.exchange.mapping import Mapping, load_mapping
from chitieu.figures.model import Figure
from chitieu.figures.reading import write_figures_csv
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan

EXPORTS = ("dhis2", "sdmx-csv", "sdmx-ml", "opensdg")
IMPORTS = ("dhis2", "sdmx-csv", "sheet")


def _mapping(path: Path | None, as_of: date | None = None) -> Mapping:
    try:
        mapping = load_mapping(path) if path is not None else Mapping()
    except InputError as exc:
        fail(exc.problems)
        raise  # unreachable: fail exits
    return dataclasses.replace(mapping, as_of=as_of) if as_of else mapping


def _written(output: Path, count: int) -> None:
    click.echo(_("%(file)s: %(n)s figures written") % {"file": output, "n": count}, err=True)


@click.command("export")
@click.argument("plan")
@click.argument("figures")
@click.option("--to", "fmt", type=click.Choice(EXPORTS), required=True, help="The format.")
@click.option(
    "--mapping",
    "mapping_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The codes of the other system (YAML or JSON, docs/exchange.md); without it, "
    "chitieu's own codes.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The file to write (dhis2: .json or .csv), or the folder (opensdg).",
)
@click.option(
    "--numbers",
    type=click.Choice(["plain", "vi"]),
    default=None,
    help="How the figures file writes numbers (as for evaluate).",
)
@lang_option()
@progress_option
def export_command(
    plan: str,
    figures: str,
    fmt: str,
    mapping_file: Path | None,
    output: Path,
    numbers: str | None,
    lang: str,
    progress: bool | None,
) -> None:
    """Write PLAN's FIGURES for another system: DHIS2, SDMX or Open SDG.

    dhis2: a dataValueSets payload (JSON or CSV, by the suffix of -o); sdmx-csv,
    sdmx-ml: SDMX-CSV 2.0 or SDMX-ML structure-specific data, with chitieu's data
    structure beside it (NAME.structure.xml); opensdg: data/indicator_ID.csv and
    meta/ID.yml for every measure. Nothing is written if a figure cannot be sent.
    """
    the_plan = open_plan(plan)
    mapping = _mapping(mapping_file)
    try:
        path = resolve(figures, (".figures.csv",))
        texts = (_("Reading the figures"), _("lines"))
        figs = read_figures_shown(path, the_plan, numbers, progress, texts)
        count = _export(fmt, figs, the_plan, mapping, output)
    except InputError as exc:
        fail(exc.problems)
        return
    except OSError as exc:
        fail([Problem(str(output), "cli.write_export", {"why": str(exc.strerror)})])
        return
    _written(output, count)


def _export(fmt: str, figs: list[Figure], plan: Plan, mapping: Mapping, output: Path) -> int:
    from chitieu.exchange import dhis2, opensdg, sdmx

    if fmt == "dhis2":
        write = dhis2.write_csv if output.suffix.lower() == ".csv" else dhis2.write_json
        return write(figs, mapping, output)
    if fmt == "opensdg":
        opensdg.write(figs, plan, mapping, output)
        return len([f for f in figs if f.period.is_annual])
    count = (sdmx.write_csv if fmt == "sdmx-csv" else sdmx.write_ml)(figs, plan, output)
    sdmx.write_structure(plan, output.with_name(f"{output.stem}.structure.xml"))
    return count


@click.command("import")
@click.argument("plan")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "fmt", type=click.Choice(IMPORTS), required=True, help="The format.")
@click.option(
    "--mapping",
    "mapping_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The codes of the other system and, for a sheet, where the figures are "
    "(docs/exchange.md).",
)
@click.option("--as-of", type=DateType(), help="The report date of figures the file gives none.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The figures file to write (default: standard output).",
)
@lang_option()
def import_command(
    plan: str,
    file: Path,
    fmt: str,
    mapping_file: Path | None,
    as_of: date | None,
    output: Path | None,
    lang: str,
) -> None:
    """Read FILE (DHIS2, SDMX-CSV or a spreadsheet) into a figures file of PLAN.

    Every figure is checked as in a figures file; if anything is wrong (an unmapped code,
    a period the plan or the format cannot hold, a value that is not a number) every
    problem is printed with its line, path or cell, nothing is written, and the exit
    code is 2.
    """
    from chitieu.exchange import dhis2, sdmx, sheets

    the_plan = open_plan(plan)
    mapping = _mapping(mapping_file, as_of)
    readers = {"dhis2": dhis2.read, "sdmx-csv": sdmx.read_csv, "sheet": sheets.read}
    try:
        figs = readers[fmt](file, the_plan, mapping)
    except InputError as exc:
        fail(exc.problems)
        return
    body = io.StringIO()
    write_figures_csv(figs, body)
    if output is None:
        click.echo(body.getvalue(), nl=False)
        return
    try:
        output.write_text(body.getvalue(), encoding="utf-8")
    except OSError as exc:
        fail([Problem(str(output), "cli.write_export", {"why": str(exc.strerror)})])
    _written(output, len(figs))
