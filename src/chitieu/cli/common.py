"""What every ``chitieu`` command shares: its language (``--lang``, else the locale's), its
texts in that language, and how it reports problems (one a line, then exit 2).

Apart from the command group (:mod:`chitieu.cli`) so that a subcommand's module imports
it without importing the group that imports the subcommand.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from chitieu.messages.render import catalogue, default_lang, problem_text, translations
from chitieu.messages.render import said as render_said
from chitieu.problems import Message, Problem

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
