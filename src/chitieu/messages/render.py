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
from functools import cache
from pathlib import Path

# the renderer itself sits with the messages it renders (no circle); the catalogues here
from chitieu.problems import Gettext, Label, Problem, english, render, said, show

__all__ = [
    "LOCALE_DIR",
    "Gettext",
    "Label",
    "catalogue",
    "default_lang",
    "english",
    "place_text",
    "problem_text",
    "render",
    "said",
    "show",
    "translations",
]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


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
