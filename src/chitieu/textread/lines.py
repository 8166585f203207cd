"""The lines a list is sought in, and the markers that open its items ("(1)", "1.", "1/",
"1-", "2.1.", "a)", "-", "+", "•"): what :mod:`chitieu.textread.structure` cuts a list by and
:mod:`chitieu.textread.listsearch` scores headings with."""

from __future__ import annotations

import re

from chitieu.textread.inline import SHARE, expand
from chitieu.textread.layouts import UPPER, cells_to_rows, join_sub_headers
from chitieu.textread.pages import PAGE_NUMBER, drop_furniture
from chitieu.textread.spaced import spaced_tables

MARKER = re.compile(
    # "11/ 100% chất thải …", "3/ 18/18 thôn …": after "/" a share or a space, not a
    # fraction's second number ("5/18 thôn")
    # "1- 100% rác thải …": after a dash right after the number too, not a range's second
    # number ("1 - 2 ha")
    rf"^\s*(?:\((?P<paren>\d{{1,2}})\)|(?P<num>\d{{1,2}})(?:[.)](?![\d.])"
    rf"|\s?[–-](?!\s*\d)|[–-](?=\s*{SHARE})|\s?/(?!(?!{SHARE})\d))"
    r"|\d{1,2}\.(?:\d{1,2}\.)?(?P<dotted>\d{1,2})\.?(?=\s)|(?P<letter>[a-zđ])(?:\)|\.(?=\s))|(?P<bullet>[-–—•+*]))\s*"
)
RUN_ON = re.compile(rf"(?<=[.;])\s*(?:\(\d{{1,2}}\)\s*|\s[-–•+]\s+)(?=[{UPPER}])")
_DIGIT = re.compile(r"\d")


def lines_of(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not PAGE_NUMBER.match(ln)]


def list_lines(text: str) -> list[str]:
    """The lines a list is sought in: tables published one cell per line put back into
    rows first (a lone "67" there is a cell, not a page number), then page furniture
    (:func:`pages.drop_furniture`) dropped and inline lists cut (:func:`inline.expand`).
    The reader joins a wrapped text's paragraph lines before (:func:`pages.rejoin`)."""
    rows = cells_to_rows(spaced_tables([ln for ln in text.splitlines() if ln.strip()]))
    return join_sub_headers(expand(drop_furniture(rows)))


def style_of(m: re.Match[str]) -> str:
    """Which kind of marker opened the line: "paren", "num", "dotted", "letter" or "bullet"."""
    return next(k for k in ("paren", "num", "dotted", "letter", "bullet") if m.group(k))


def marker(line: str) -> re.Match[str] | None:
    """The line's marker; "1.2." marks an item only when a figure follows it ("1.2. Thu
    nhập … 70 triệu đồng"), else it is a section's heading ("1.4. Nhiệm vụ")."""
    m = MARKER.match(line)
    if m and m.group("dotted") and not _DIGIT.search(line, m.end()):
        return None
    return m


def plus_bullet(m: re.Match[str]) -> bool:
    """A "+" or "•" bullet: no range's dash, so a share may open its item ("+ 100% xã …")."""
    return (m.group("bullet") or "") in ("+", "•")


def last_char(text: str) -> str:
    """The last character of ``text`` once folded: what says whether an item is finished."""
    return text.rstrip()[-1:]
