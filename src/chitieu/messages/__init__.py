"""The core's messages in the user's language, for the command line and the web alike.

The core writes its messages (:class:`chitieu.problems.Problem`) in English. They are
translated through one table of message shapes (:mod:`chitieu.messages.shapes`,
:mod:`chitieu.messages.commands`) and one catalogue,
``chitieu/locale/<lang>/LC_MESSAGES/django.po``: the web pages look the templates up with
Django's gettext (the catalogue is in ``LOCALE_PATHS``), the command line with Python's own
gettext, without loading Django. A message of an unknown shape is shown as the core wrote
it, so nothing is ever hidden.
"""

from __future__ import annotations

import gettext as stdlib_gettext
import io
import os
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from chitieu.messages.commands import COMMAND_SHAPES
from chitieu.messages.shapes import LIMIT_TEMPLATES, SHAPES, gettext_noop
from chitieu.problems import Problem
from chitieu.vnnumbers import format_date, format_vi

__all__ = [
    "LIMIT_TEMPLATES",
    "LOCALE_DIR",
    "Gettext",
    "catalogue",
    "default_lang",
    "gettext_noop",
    "problem_text",
    "translate",
    "translations",
]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGS = ("vi", "en")
Gettext = Callable[[str], str]
Part = Callable[[str, str], str]  # (group name, its text) → the text to show
_COMPILED = [
    (re.compile(f"^{pattern}$", re.DOTALL), template)
    for pattern, template in [*SHAPES, *COMMAND_SHAPES]
]


def default_lang(environ: dict[str, str] | None = None) -> str:
    """The language of the locale (LC_ALL, LC_MESSAGES, LANG, as gettext reads them):
    English for an English locale, else Vietnamese (unset, C and POSIX included)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name):
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


@cache
def translations(lang: str) -> stdlib_gettext.NullTranslations:
    """Chitieu's own catalogue in ``lang``, read without Django (English: the templates as
    written). The compiled .mo when there is one, else the .po compiled in memory."""
    if lang == "en":
        return stdlib_gettext.NullTranslations()
    mo = LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo"
    if mo.exists():
        data = mo.read_bytes()
    else:  # an install that did not compile its catalogues
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with mo.with_suffix(".po").open("rb") as f:
            po = read_po(f)
        out = io.BytesIO()
        write_mo(out, po, use_fuzzy=False)
        data = out.getvalue()
    return stdlib_gettext.GNUTranslations(io.BytesIO(data))


def catalogue(lang: str) -> Gettext:
    """The gettext of ``lang`` over chitieu's own catalogue."""
    return translations(lang).gettext


def default_part(name: str, value: str, gettext: Gettext) -> str:
    """A varying part as people read it: a nested message translated, numbers and dates
    the Vietnamese way (as the documents write them, in every language)."""
    if name in ("doubt", "reason"):
        return translate(value, gettext)
    if name in ("count", "mb") and re.fullmatch(r"\d+(\.\d+)?", value):
        return format_vi(Decimal(value))
    if name in ("low", "high") and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return format_vi(Decimal(value))
    if name in ("date", "day", "before") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return format_date(date.fromisoformat(value))
    return value


def translate(message: str, gettext: Gettext, part: Part | None = None) -> str:
    """``message`` in the language of ``gettext`` (as written when its shape is unknown);
    ``part`` shows a varying part (default: :func:`default_part`)."""
    show = part or (lambda name, value: default_part(name, value, gettext))
    for pattern, template in _COMPILED:
        m = pattern.match(message)
        if m is None:
            continue
        parts = {k: show(k, v) for k, v in m.groupdict().items()}
        return gettext(template) % parts
    return message


def problem_text(problem: Problem, lang: str) -> str:
    """One problem as the command line prints it: ``FILE:LINE: PATH: field 'F': message``,
    its place words and its message in ``lang`` (English: exactly as the core wrote it)."""
    if lang == "en":
        return str(problem)
    pgettext = translations(lang).pgettext
    place = problem.file + (f":{problem.line}" if problem.line is not None else "")
    if problem.sheet:
        place += ": " + pgettext("place", "sheet '%(name)s'") % {"name": problem.sheet}
    if problem.row is not None:
        place += ": " + pgettext("place", "row %(n)s") % {"n": problem.row}
    if problem.cell:
        place += ": " + pgettext("place", "cell %(cell)s") % {"cell": problem.cell}
    if problem.path:
        place += f": {problem.path}"
    if problem.field:
        place += ": " + pgettext("place", "field '%(name)s'") % {"name": problem.field}
    return f"{place}: {translate(problem.message, catalogue(lang))}"
