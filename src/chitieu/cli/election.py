"""``chitieu election``: count a congress's ballots and write the minutes, offline."""

from __future__ import annotations

import json
from pathlib import Path

import click

from chitieu.cli.common import _, fail, lang, lang_option, said
from chitieu.cli.tables import render
from chitieu.elections.count import Result
from chitieu.elections.minutes import DOCUMENTS, number, percent, w
from chitieu.elections.reading import count_files
from chitieu.problems import CodedError, InputError, Problem

FORMATS = ("table", "json", "docx", "pdf")


@click.group()
def election() -> None:
    """Party elections: count the ballots, write the minutes (docs/elections.md)."""


@election.command("count")
@click.argument("election_file", metavar="ELECTION.yaml")
@click.argument("ballots", metavar="BALLOTS.csv")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Default: from the suffix of -o (.json, .docx, .pdf), else table.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout."
)
@click.option(
    "--second",
    metavar="BALLOTS2.csv",
    help="A second counter's entry of the same ballots: the count is made only when both "
    "agree; every difference is listed by ballot number.",
)
@click.option(
    "--document",
    type=click.Choice(DOCUMENTS),
    default="minutes",
    show_default=True,
    help="For docx and pdf: the minutes of the count, or the list of the elected for "
    "the presidium to announce.",
)
@lang_option("Language of the result, the document and the messages")
def count_command(
    election_file: str,
    ballots: str,
    fmt: str | None,
    output: str | None,
    second: str | None,
    document: str,
    lang: str,
) -> None:
    """Count BALLOTS.csv of the election in ELECTION.yaml by the Party's election rules.

    The base is the number convened minus the exclusions; a candidate is elected with
    more than half of the base (votes × 2 > base); a tie at the last seat is reported,
    never decided.
    """
    fmt = fmt or _format_of(output)
    if fmt in ("docx", "pdf") and not output:
        fail([Problem("--format", "cli.minutes_output", {"f": fmt})])
    try:
        result = count_files(election_file, ballots, second)
    except InputError as exc:
        fail(exc.problems)
        raise  # unreachable: fail exits
    if fmt in ("docx", "pdf"):
        from chitieu.elections.documents import render_minutes

        _write(render_minutes(result, fmt, document, lang), str(output))
        click.echo(f"{output}: {_headline(result)}", err=True)
        return
    text = (
        json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        if fmt == "json"
        else table(result)
    )
    if output:
        _write((text + "\n").encode("utf-8"), output)
    else:
        click.echo(text)


@election.command("next-round")
@click.argument("election_file", metavar="ELECTION.yaml")
@click.argument("ballots", metavar="BALLOTS.csv")
@click.option(
    "--keep",
    metavar="NOS",
    help="The candidates the congress keeps, by number, separated by spaces or commas "
    "(default: those tied at the last seat, else every candidate not elected).",
)
@click.option(
    "--list",
    "list_kind",
    type=click.Choice(["surplus", "no_surplus"]),
    help="The list of the next round (default: as this round's).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the file here.")
@lang_option()
def next_round_command(
    election_file: str,
    ballots: str,
    keep: str | None,
    list_kind: str | None,
    output: str | None,
    lang: str,
) -> None:
    """Write the election file of the next round for the seats BALLOTS.csv left unfilled.

    Same numbers and ballot order; the round counted on; check present and issued
    before the vote.
    """
    from chitieu.elections.count import next_round
    from chitieu.elections.model import ListKind
    from chitieu.elections.reading import dump_election

    nos = _numbers(keep) if keep is not None else None
    try:
        result = count_files(election_file, ballots)
        following = next_round(
            result.election, result, nos, ListKind(list_kind) if list_kind else None
        )
    except InputError as exc:
        fail(exc.problems)
        raise  # unreachable: fail exits
    except CodedError as exc:
        fail([Problem.of(election_file, exc)])
        raise
    text = dump_election(following)
    if output:
        _write(text.encode("utf-8"), output)
    else:
        click.echo(text, nl=False)


def _numbers(text: str) -> list[int]:
    nos = []
    for token in text.replace(",", " ").split():
        if not token.isdigit():
            fail([Problem("--keep", "election.candidate_no", {"v": token})])
        nos.append(int(token))
    return nos


def _format_of(output: str | None) -> str:
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in ("json", "docx", "pdf") else "table"


def _write(data: bytes, output: str) -> None:
    from chitieu.reports.output import save

    try:
        save(data, output)
    except OSError as exc:
        fail([Problem(output, "cli.write_minutes", {"why": str(exc.strerror)})])


def _headline(result: Result) -> str:
    elected = len(result.elected)
    return _("%(elected)s of %(seats)s elected") % {
        "elected": elected,
        "seats": result.election.seats,
    }


def table(result: Result) -> str:
    """The result as the counting committee checks it on screen."""
    lg = lang()
    e = result.election
    head = [
        e.title,
        f"{e.elects} – {w('round', lg, n=e.round)}",
        "",
        w(f"convened_{e.congress.value}", lg, n=number(e.convened)),
    ]
    head += [f"  - {x.reason}: {number(x.count)}" for x in e.excluded]
    head += [
        w("base", lg, base=number(e.base), threshold=number(e.threshold)),
        w("present", lg, n=number(e.present)),
        w("seats", lg, n=number(e.seats)),
        w(
            "ballots",
            lg,
            issued=number(e.issued),
            returned=number(result.returned),
            valid=number(result.valid),
            invalid=number(result.invalid),
        ),
    ]
    head += [
        "  " + w("invalid_one", lg, no=x.number, why=said(x.why)) for x in result.invalid_ballots
    ]
    head.append("")
    rows = [
        [
            str(c.candidate.no),
            c.candidate.name,
            number(c.votes),
            percent(c.percent),
            w("note_elected", lg) if c.elected else w("note_tied", lg) if c.tied else "",
        ]
        for c in result.candidates
    ]
    headers = [w(k, lg) for k in ("col_no", "col_name", "col_votes", "col_percent", "col_note")]
    from chitieu.elections.minutes import outcome_lines

    return "\n".join(
        [*head, render(headers, rows, [4, 36, 10, 12, 12]), "", *outcome_lines(result, lg)]
    )
