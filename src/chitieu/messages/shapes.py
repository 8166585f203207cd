"""The reader's doubts about a resolution's text, translated by their shape.

The text reader (:mod:`chitieu.textread`) words what it asks a person to check as
English lines that a draft keeps as they are; each known shape is a pattern with the
parts that vary, and an English template that the catalogue (``chitieu/locale``)
translates. Every other message of the core has a code (:mod:`chitieu.messages.codes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from chitieu.messages.codes import gettext_noop
from chitieu.vnnumbers import format_vi

_ = gettext_noop  # the name the catalogue's extraction looks for
Gettext = Callable[[str], str]

# (pattern, template): the template names the pattern's groups as %(name)s.
SHAPES: list[tuple[str, str]] = [
    # what the reader asks a person to check
    (
        r"target (?P<no>\d+), '(?P<name>.*)': (?P<doubt>.+)",
        _("target %(no)s, “%(name)s”: %(doubt)s"),
    ),
    (
        r"target (?P<no>\d+): '(?P<name>.*)' is qualitative: a person sets its status",
        _("target %(no)s: “%(name)s” is qualitative: a person sets its status"),
    ),
    (
        r"qualitative: a person sets its status",
        _("qualitative: a person sets its status"),
    ),
    (
        r"other number in the clause: '(?P<v>.*)'",
        _("another number in the clause was not used: “%(v)s”"),
    ),
    (r"no unit written after the number", _("no unit written after the number")),
    (
        r"'\.' used as a decimal mark: check the number",
        _("“.” used as a decimal mark: check the number"),
    ),
    (
        r"approximate target \(khoảng, xấp xỉ\): check the bound",
        _("approximate target (khoảng, xấp xỉ): check the bound"),
    ),
    (
        r"'trên/hơn' read as strictly greater: some authors mean ≥",
        _("“trên/hơn” read as strictly greater: some authors mean ≥"),
    ),
    (
        r"(?P<n>\S+) criteria in one clause: split them by hand",
        _("%(n)s criteria in one clause: split them by hand"),
    ),
    (
        r"not placed in any target: '(?P<line>.*)'",
        _("not placed in any target: “%(line)s”"),
    ),
    (
        r"(?P<count>\d+) more lines not placed in any target",
        _("%(count)s more lines not placed in any target"),
    ),
    (
        r"target numbers repeat: renumber them",
        _("target numbers repeat: they were renumbered"),
    ),
    (
        r"title taken from the heading in capitals: check its case",
        _("title taken from the heading in capitals: check its case"),
    ),
    (r"no title found: type one", _("no title found: type one")),
    (
        r"administrative unit code unknown: fill in area\.code",
        _("administrative unit code unknown: fill in the area code"),
    ),
    (
        r"term inferred as five years to the end year: check it",
        _("term inferred as five years to the end year: check it"),
    ),
    (
        r"no term found: set baseline_year, start_year, end_year",
        _("no term found: set the baseline year, the first year and the last year"),
    ),
]

_COMPILED = [(re.compile(f"^{pattern}$", re.DOTALL), template) for pattern, template in SHAPES]


def _part(name: str, value: str, gettext: Gettext) -> str:
    if name == "doubt":
        return translate(value, gettext)
    if name == "count" and value.isdigit():
        return format_vi(Decimal(value))
    return value


def translate(line: str, gettext: Gettext) -> str:
    """A doubt in the language of ``gettext`` (as written when its shape is unknown)."""
    for pattern, template in _COMPILED:
        m = pattern.match(line)
        if m is None:
            continue
        return gettext(template) % {k: _part(k, v, gettext) for k, v in m.groupdict().items()}
    return line
