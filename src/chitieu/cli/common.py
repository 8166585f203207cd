"""What every ``chitieu`` command shares: its language (``--lang``, else the locale's), its
texts in that language, how it reports problems (one a line, then exit 2), how it finds
a plan or a file shipped with chitieu by name, and how it reads a date.

Apart from the command group (:mod:`chitieu.cli`) so that a subcommand's module imports
it without importing the group that imports the subcommand.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from chitieu.figures.reading import parse_date
from chitieu.messages.render import catalogue, default_lang, problem_text, translations
from chitieu.messages.render import said as render_said
from chitieu.problems import InputError, Message, Problem
from chitieu.targets.model import Plan
from chitieu.targets.planfile import bundled_plan_path, load_plan

_LANG = "chitieu.lang"  # where a command keeps the language its --lang chose


def lang() -> str:
    """The language of the running command: its --lang, else the locale's."""
    ctx = click.get_current_context(silent=True)
    chosen = ctx.meta.get(_LANG) if ctx is not None else None
    return str(chosen) if chosen else default_lang()


def _(text: str) -> str:
    """One of the command line's own texts (an English template) in the command's language."""
    return catalogue(lang())(text)


def pgettext(context: str, text: str) -> str:
    """A short text that another one spells alike (a column title), in the command's
    language: its context keeps it apart in the catalogue."""
    return translations(lang()).pgettext(context, text)


def said(message: Message) -> str:
    """A message of the core (a reader's doubt) in the command's language."""
    return render_said(message, catalogue(lang()))


def _keep_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    ctx.meta[_LANG] = value or default_lang()
    return str(ctx.meta[_LANG])


F = TypeVar("F", bound=Callable[..., Any])


def lang_option(what: str = "Language of the messages") -> Callable[[F], F]:
    """``--lang vi|en``, read before the other options so that their errors speak it."""
    return click.option(
        "--lang",
        type=click.Choice(["vi", "en"]),
        default=None,
        is_eager=True,
        callback=_keep_lang,
        help=f"{what} (default: from the locale; Vietnamese when it is not English).",
    )


def fail(problems: list[Problem]) -> None:
    """Print each problem on its own line, in the command's language, and exit 2."""
    for p in problems:
        click.echo(problem_text(p, lang()), err=True)
    sys.exit(2)


BUNDLED = Path(__file__).resolve().parent.parent / "targets" / "bundled"


def resolve(arg: str, suffixes: tuple[str, ...]) -> Path:
    """A path as given, or the name of a file shipped with chitieu (``langson-xvii``)."""
    path = Path(arg)
    if path.exists() or path.suffix:
        return path
    for suffix in suffixes:
        candidate = BUNDLED / f"{arg}{suffix}"
        if candidate.exists():
            return candidate
    return path


def open_plan(arg: str) -> Plan:
    try:
        path = resolve(arg, (".yaml",))
        if not path.exists() and not path.suffix:
            path = bundled_plan_path(arg)
        return load_plan(path)
    except InputError as exc:
        fail(exc.problems)
        raise  # unreachable: fail exits


class DateType(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError:
            where = param.opts[0] if param is not None and param.opts else "DATE"
            fail([Problem(where, "cli.bad_date", {"v": str(value)})])
            raise  # unreachable: fail exits
