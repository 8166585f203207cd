"""One renderer of the core's messages, whatever the surface.

A code's template comes from :data:`chitieu.messages.codes.CODES`, translated by the
caller's ``gettext`` (Django's on the web and the API, :func:`catalogue` on the command
line); its values are shown the way the user reads them: numbers and dates the
Vietnamese way (1.234,5; 25/9/2020, as the documents write them, in every language), a
field, a kind or a direction by the label the caller gives it, a nested message rendered
in turn.
"""

from __future__ import annotations

import gettext as stdlib_gettext
import io
import os
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from chitieu.messages.codes import CODES
from chitieu.problems import Message, Param, Params, Problem, Term
from chitieu.vnnumbers import format_date, format_vi

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
Gettext = Callable[[str], str]
Label = Callable[[Term], "str | None"]  # a term's label, None when it has none


def _same(text: str) -> str:
    return text


def render(code: str, params: Params, gettext: Gettext = _same, label: Label | None = None) -> str:
    """The message ``code`` with its ``params``, in the language of ``gettext``."""
    shown = {k: show(v, gettext, label) for k, v in params.items()}
    return gettext(CODES[code]) % shown


def said(message: Message, gettext: Gettext = _same, label: Label | None = None) -> str:
    """A message in the language of ``gettext``."""
    return render(message.code, message.params, gettext, label)


def english(code: str, params: Params) -> str:
    """The message in English, as logs and ``str(problem)`` give it."""
    return render(code, params)


def show(value: Param, gettext: Gettext = _same, label: Label | None = None) -> str:
    """One value of a message as the user reads it."""
    if isinstance(value, Message):
        return said(value, gettext, label)
    if isinstance(value, Term):
        return (label(value) if label else None) or value.name
    if isinstance(value, bool):  # not a number
        return str(value)
    if isinstance(value, Decimal):
        return format_vi(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


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


def place_text(problem: Problem, pgettext: Callable[[str, str], str]) -> str:
    """Where a problem is: ``FILE:LINE: sheet 'S': row R: cell C: PATH: field 'F'``."""
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
    return place


def problem_text(problem: Problem, lang: str) -> str:
    """One problem as the command line prints it: ``FILE:LINE: PATH: field 'F': message``,
    its place words and its message in ``lang``."""
    t = translations(lang)
    return f"{place_text(problem, t.pgettext)}: {said(problem.said, t.gettext)}"
