"""The ``chitieu`` command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from chitieu import __version__
from chitieu.cli.common import DateType, open_plan, resolve
from chitieu.cli.common import _ as _
from chitieu.cli.common import fail as fail
from chitieu.cli.common import lang as lang
from chitieu.cli.common import lang_option as lang_option
from chitieu.cli.common import pgettext as pgettext
from chitieu.cli.common import said as said
from chitieu.cli.progress import progress_option, read_figures_shown
from chitieu.cli.tables import render
from chitieu.datafile import dump_yaml
from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import MetricResult, PlanResult
from chitieu.problems import InputError, Problem
from chitieu.targets.planfile import dump_plan
from chitieu.vnnumbers import format_date, format_vi


@click.group()
@click.version_option(__version__, prog_name="chitieu")
def main() -> None:
    """Follow a resolution's targets (chỉ tiêu) from the vote to the final review."""


@main.command()
@click.argument("plan")
@click.argument("figures")
@click.option("--as-of", type=DateType(), help="Use only what was known on this date.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@lang_option("Language of labels, explanations and messages")
@click.option(
    "--numbers",
    type=click.Choice(["plain", "vi"]),
    default=None,
    help="How the figures file writes numbers (vi: 1.234,5). Default: as the file "
    "says, else plain.",
)
@click.option(
    "--units",
    "units_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Count count_of_units measures over the plan area's units, with the extra "
    "units and lineage of this file (docs/units-format.md).",
)
@click.option(
    "--units-scope",
    type=DateType(),
    help="Count units as they were on this date (default: each year's end). Implies "
    "counting over the bundled units of the plan's area.",
)
@progress_option
def evaluate(
    plan: str,
    figures: str,
    as_of: date | None,
    fmt: str,
    lang: str,
    numbers: str | None,
    units_file: Path | None,
    units_scope: date | None,
    progress: bool | None,
) -> None:
    """Evaluate PLAN (a plan file or a bundled plan name) with FIGURES (.csv or .parquet).

    Prints every target with its value, target, status and forecast, and the headline
    count "đạt và vượt X/Y".
    """
    the_plan = open_plan(plan)
    try:
        path = resolve(figures, (".figures.csv",))
        figs = read_figures_shown(path, the_plan, numbers, progress, _bar_texts())
    except InputError as exc:
        fail(exc.problems)
    units = None
    if units_file is not None or units_scope is not None:
        from chitieu.cli.units import check_units_of, evaluation_units

        units = evaluation_units(the_plan.area.code, units_file, units_scope)
        check_units_of(units, figs)
    result = evaluate_plan(the_plan, figs, as_of, units)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(lang), ensure_ascii=False, indent=2))
    else:
        click.echo(table(result, lang))


def _bar_texts() -> tuple[str, str]:
    return _("Reading the figures"), _("lines")


def display_value(m: MetricResult, locale: str) -> str:
    """A figure as written; a computed value at the metric's published precision."""
    if m.value is None:
        return "–"
    if m.computed is None or m.published is not None:
        return format_vi(m.value, locale=locale)
    return format_vi(m.value, m.metric.decimals, locale=locale, trim=True)


def table(result: PlanResult, lang: str) -> str:
    vi = lang == "vi"
    loc = "vi" if vi else "en"
    headers = (
        ["STT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá", "Dự báo"]
        if vi
        else ["No", "Target", "Goal", "Value", "Status", "Forecast"]
    )
    rows = []
    from chitieu.evaluation.statuses import target_text

    for t in result.targets:
        for i, m in enumerate(t.metrics):
            value = display_value(m, loc)
            if m.value is not None and not m.final:
                value += " *"
            status = (m.assessed or m.status).label(lang, m.final)
            forecast = m.forecast.cls.label(lang) if m.forecast else ""
            rows.append(
                [
                    str(t.target.no) if i == 0 else "",
                    m.metric.name,
                    target_text(m.metric, lang),
                    value,
                    status,
                    forecast,
                ]
            )
        if len(t.metrics) > 1:
            rows.append(
                [
                    "",
                    "→ " + ("Chỉ tiêu" if vi else "Target") + f" {t.target.no}",
                    "",
                    "",
                    t.status.label(lang, t.final),
                    "",
                ]
            )
    when = format_date(result.as_of) if result.as_of else ("mới nhất" if vi else "latest")
    head = f"{result.plan.title}\n{'Số liệu đến' if vi else 'Figures as of'}: {when}\n"
    note = (
        "* tạm tính: chưa có số liệu năm cuối kỳ, hoặc số liệu báo cáo trước khi hết kỳ"
        if vi
        else "* provisional: the end year's figures are not in yet, or came before the period ended"
    )
    return "\n".join(
        [head, render(headers, rows, [4, 48, 16, 18, 16, 16]), "", note, "", result.headline(lang)]
    )


@main.group()
def plan() -> None:
    """Plan files: check them, convert them."""


@plan.command("check")
@click.argument("path")
@lang_option()
def plan_check(path: str, lang: str) -> None:
    """Check a plan file against the schema and the rules; exit 2 with every problem."""
    p = open_plan(path)
    counts = {"targets": len(p.targets), "metrics": len(p.metrics())}
    click.echo(
        _("%(file)s: OK — %(id)s: %(targets)s targets, %(metrics)s metrics, %(start)s–%(end)s")
        % {"file": path, "id": p.id, "start": p.start_year, "end": p.end_year, **counts}
    )


@plan.command("show")
@click.argument("path")
@click.option(
    "--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True
)
@lang_option()
def plan_show(path: str, fmt: str, lang: str) -> None:
    """Print a plan (checked) as YAML or JSON; bundled plans by name."""
    click.echo(dump_plan(open_plan(path), fmt), nl=False)


@main.command("read")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the plan here.")
@lang_option()
def read_command(file: str, fmt: str, output: str | None, lang: str) -> None:
    """Read a resolution (.txt, .docx, .pdf, .html) and propose a plan.

    Every target of the main-target list becomes a target with its verbatim text and its
    measures; the review list on stderr says what a person should check.
    """
    from chitieu.textread.reader import ReadError, read_resolution
    from chitieu.textread.sources import extract_text

    try:
        text = extract_text(file)
        result = read_resolution(text, source=Path(file).name)
    except InputError as exc:
        fail(exc.problems)
        return
    except ReadError as exc:
        fail([Problem.of(file, exc)])
        return
    data = result.plan
    body = (
        json.dumps(data, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else dump_yaml(data)
    )
    if output:
        try:
            Path(output).write_text(body, encoding="utf-8")
        except OSError as exc:
            fail([Problem(output, "cli.write_plan", {"why": str(exc.strerror)})])
    else:
        click.echo(body, nl=False)
    targets = data["targets"]
    measures = sum(len(t["metrics"]) for t in targets)
    counts = {"file": file, "targets": len(targets), "measures": measures}
    read = _("%(file)s: %(targets)s targets, %(measures)s measures") % counts
    click.echo(read + (f" → {output}" if output else ""), err=True)
    if result.review:
        click.echo(_("To review (%(n)s):") % {"n": len(result.review)}, err=True)
        for line in result.review:
            click.echo(f"  - {said(line)}", err=True)
    else:
        click.echo(_("Nothing to review: still, compare the plan with the text."), err=True)


@main.command("report")
@click.argument("plan")
@click.argument("figures")
@click.option(
    "--period",
    required=True,
    metavar="PERIOD",
    help="The reporting period: 2023, 2023-H1, 2023-9M, 2023-Q3, 2023-07, or the "
    "whole term (2021/2025, with --kind final).",
)
@click.option("--as-of", type=DateType(), help="Use only what was known on this date.")
@click.option(
    "--kind",
    type=click.Choice(["review", "midterm", "final"]),
    default="review",
    show_default=True,
    help="review: progress and forecast; midterm: adds each measure's forecast and "
    "required rate; final: the end of the term.",
)
@lang_option("Language of the document and the messages")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["docx", "xlsx", "pdf"]),
    help="Default: from the suffix of -o.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), required=True, help="The file to write."
)
@click.option(
    "--issuer",
    help="The issuing body, top left, lines separated by '\\n' (default: the plan's issuing_body).",
)
@click.option(
    "--number",
    help="The document number: 125 (with the body's symbols: Số 125-BC/TU) or as written, "
    "e.g. 125/BC-UBND.",
)
@click.option(
    "--numbers",
    type=click.Choice(["plain", "vi"]),
    default=None,
    help="How the figures file writes numbers (as for evaluate).",
)
@progress_option
def report_command(
    plan: str,
    figures: str,
    period: str,
    as_of: date | None,
    kind: str,
    lang: str,
    fmt: str | None,
    output: str,
    issuer: str | None,
    number: str | None,
    numbers: str | None,
    progress: bool | None,
) -> None:
    """Write the review document of PLAN with FIGURES for a period (.docx, .xlsx, .pdf).

    The header block, the title, the table of targets (one column per year, this
    period, the result against the target, the status) and the judgement: "đạt và
    vượt X/Y chỉ tiêu", the targets not achieved and by how much, the ones at risk
    and what they need.
    """
    from chitieu.reports import FORMATS, ReportError, build_review, render
    from chitieu.reports.output import save

    fmt = fmt or Path(output).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        fail([Problem(output, "cli.format")])
    the_plan = open_plan(plan)
    figures_path = resolve(figures, (".figures.csv",))
    try:
        figs = read_figures_shown(figures_path, the_plan, numbers, progress, _bar_texts())
    except InputError as exc:
        fail(exc.problems)
    try:
        review = build_review(
            the_plan,
            figs,
            period,
            as_of,
            kind,
            lang,
            issuer=issuer.replace("\\n", "\n") if issuer else None,
            number=number,
        )
    except ReportError as exc:
        where = str(figures_path) if exc.field == "figures" else f"--{exc.field}"
        fail([Problem.of(where, exc)])
    data = render(review, fmt)  # whole before anything touches the disk
    try:
        save(data, output)
    except OSError as exc:
        fail([Problem(output, "cli.write_report", {"why": str(exc.strerror)})])
    click.echo(f"{output}: {review.headline}", err=True)


def _add_web_commands() -> None:
    # Imported here so the core commands never load Django.
    from chitieu.cli.web import manage, serve, worker

    main.add_command(serve)
    main.add_command(manage)
    main.add_command(worker)


_add_web_commands()


def _add_units_commands() -> None:
    from chitieu.cli.election import election
    from chitieu.cli.units import units

    main.add_command(units)
    main.add_command(election)


_add_units_commands()


def _add_consult_commands() -> None:
    from chitieu.cli.consult import consult

    main.add_command(consult)


_add_consult_commands()


def _add_exchange_commands() -> None:
    from chitieu.cli.exchange import export_command, import_command

    main.add_command(export_command)
    main.add_command(import_command)


_add_exchange_commands()
