"""``chitieu units``: administrative units in force on a date, and their lineage."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from chitieu.cli.common import (
    DateType,
    _,
    fail,
    lang,
    lang_option,
    pgettext,
)
from chitieu.cli.tables import render
from chitieu.figures.model import Figure
from chitieu.problems import InputError, Problem
from chitieu.units.aggregate import UnitScope, unit_problems
from chitieu.units.model import Change, ChangeKind, Unit
from chitieu.units.registry import Registry
from chitieu.vnnumbers import format_date

FORMAT = click.Choice(["table", "json"])


def _fail(problems: list[Problem]) -> None:
    fail(problems)


def _registry(province: str, extra: Path | None) -> Registry:
    from vietnam_provinces import ProvinceCode

    from chitieu.units.files import load_registry

    try:
        ProvinceCode(int(province))
    except ValueError:
        _fail([Problem("--province", "units.no_province", {"v": province}, field="province")])
    try:
        return load_registry(province, extra)
    except InputError as exc:
        _fail(exc.problems)
    raise AssertionError  # unreachable: fail exits


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _shown(d: date | None) -> str:
    """A date in a table: 1/7/2025 in Vietnamese, 2025-07-01 in English."""
    if d is None:
        return ""
    return d.isoformat() if lang() == "en" else format_date(d)


def _table(units: Sequence[Unit]) -> str:
    rows = [
        [u.code, u.name, u.division_type, u.parent or "", _shown(u.valid_from), _shown(u.valid_to)]
        for u in units
    ]
    headers = [
        pgettext("units table", "code"),
        pgettext("units table", "name"),
        pgettext("units table", "type"),
        pgettext("units table", "parent"),
        pgettext("units table", "valid_from"),
        pgettext("units table", "valid_to"),
    ]
    return render(headers, rows, [8, 36, 12, 8, 10, 10])


def _kind(kind: ChangeKind) -> str:
    return {
        ChangeKind.MERGE: pgettext("change of a unit", "merge"),
        ChangeKind.SPLIT: pgettext("change of a unit", "split"),
        ChangeKind.RENAME: pgettext("change of a unit", "rename"),
        ChangeKind.RETYPE: pgettext("change of a unit", "change of type"),
    }[kind]


def unit_record(u: Unit) -> dict[str, Any]:
    return {
        "code": u.code,
        "name": u.name,
        "level": u.level.value,
        "type": u.division_type,
        "parent": u.parent,
        "valid_from": _day(u.valid_from) or None,
        "valid_to": _day(u.valid_to) or None,
        "act": u.act,
    }


def change_record(c: Change) -> dict[str, Any]:
    return {
        "predecessor": c.predecessor,
        "successor": c.successor,
        "kind": c.kind.value,
        "effective": c.effective.isoformat(),
        "act": c.act,
    }


def _options(f: Any) -> Any:
    f = lang_option()(f)
    f = click.option(
        "--format", "fmt", type=FORMAT, default="table", show_default=True, help="Output format."
    )(f)
    f = click.option(
        "--units",
        "extra",
        type=click.Path(path_type=Path, dir_okay=False),
        help="A YAML or CSV file of extra units and lineage records (docs/units-format.md).",
    )(f)
    return click.option(
        "--province",
        default="20",
        show_default=True,
        help="The province whose bundled units are read (20: Lạng Sơn).",
    )(f)


@click.group("units")
def units() -> None:
    """Administrative units over time and their lineage."""


@units.command("list")
@click.option("--area", help="List only the units under this unit (default: the province).")
@click.option(
    "--on",
    "day",
    required=True,
    type=DateType(),
    metavar="DATE",
    help="The date the units are in force on (2025-07-01 or 01/07/2025).",
)
@_options
def list_units(
    area: str | None, day: date, province: str, extra: Path | None, fmt: str, lang: str
) -> None:
    """List the units in force on a date: code, name, type, parent, valid from and to."""
    on = day
    reg = _registry(province, extra)
    code = area or province
    if not reg.knows(code):
        _fail([Problem("--area", "units.unknown", {"v": code}, field="area")])
    if reg.version(code, on) is None:
        _fail([Problem("--area", "units.not_in_force", {"v": code, "date": on}, field="area")])
    found = reg.in_force(on, under=code)
    if fmt == "json":
        click.echo(json.dumps([unit_record(u) for u in found], ensure_ascii=False, indent=2))
        return
    click.echo(_table(found))
    counts = {"n": len(found), "on": _shown(on), "code": code}
    click.echo(_("%(n)s units in force on %(on)s under %(code)s") % counts)


@units.command("lineage")
@click.argument("code")
@_options
def lineage(code: str, province: str, extra: Path | None, fmt: str, lang: str) -> None:
    """Show where a unit came from and where it went, with the deciding acts."""
    reg = _registry(province, extra)
    if not reg.knows(code):
        _fail([Problem("CODE", "units.unknown", {"v": code}, field="code")])
    lin = reg.lineage(code)
    if fmt == "json":
        out = {
            "code": code,
            "versions": [unit_record(u) for u in lin.versions],
            "came_from": [change_record(c) for c in lin.origins],
            "went_to": [change_record(c) for c in lin.successors],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    click.echo(_table(lin.versions))
    for title, changes in ((_("came from"), lin.origins), (_("went to"), lin.successors)):
        click.echo(f"\n{title}:")
        if not changes:
            click.echo("  " + _("(no lineage records)"))
        for c in changes:
            act = f" — {c.act}" if c.act else ""
            line = f"{_shown(c.effective)}  {c.predecessor} → {c.successor} ({_kind(c.kind)})"
            click.echo(f"  {line}{act}")


def evaluation_units(area: str, extra: Path | None, scope: date | None) -> UnitScope:
    """The units ``chitieu evaluate`` counts ``count_of_units`` measures over."""
    return UnitScope(_registry(area, extra), scope)


def check_units_of(units: UnitScope, figures: list[Figure]) -> None:
    """Exit 2 naming each figure for a unit that did not exist on its date."""
    problems = unit_problems(units.registry, figures)
    if problems:
        _fail(problems)
