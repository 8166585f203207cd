"""The lines a list is sought in, and the markers that open its items ("(1)", "1.", "1/",
"1-", "2.1.", "a)", "-", "+", "•"): what :mod:`chitieu.textread.structure` cuts a list by and
:mod:`chitieu.textread.listsearch` scores headings with."""

from __future__ import annotations

import re

from chitieu.textread.celltables import cells_to_rows, vote_rows
from chitieu.textread.inline import SHARE, expand
from chitieu.textread.layouts import UPPER, join_sub_headers
from chitieu.textread.pages import PAGE_NUMBER, drop_furniture
from chitieu.textread.spaced import spaced_tables

MARKER = re.compile(
    # "11/ 100% chất thải …", "3/ 18/18 thôn …": after "/" a share or a space, not a
    # fraction's second number ("5/18 thôn")
    # "1- 100% rác thải …": after a dash right after the number too, not a range's second
    # number ("1 - 2 ha"); "1/- …", "2.- …" as a vote sheet numbers them
    rf"^\s*(?:\((?P<paren>\d{{1,2}})\)|(?P<num>\d{{1,2}})(?:[.)](?![\d.])"
    rf"|\s?[–-](?!\s*\d)|[–-](?=\s*{SHARE})|\s?/(?!(?!{SHARE})\d))(?:[–-](?=\s))?"
    r"|\d{1,2}\.(?:\d{1,2}\.)?(?P<dotted>\d{1,2})\.?(?=\s)|(?P<letter>[a-zđ])(?:\)|\.(?=\s))|(?P<bullet>[-–—•+*]))\s*"
)
RUN_ON = re.compile(rf"(?<=[.;])\s*(?:\(\d{{1,2}}\)\s*|\s[-–•+]\s+)(?=[{UPPER}])")
_DIGIT = re.compile(r"\d")


def lines_of(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not PAGE_NUMBER.match(ln)]


# A congress's vote on an item, under it on a vote sheet ("+ Nhất trí : 191 95,5%", "- Đồng
# ý: 226, đạt tỷ lệ 98,68%", "- Không đồng ý:"), on its own line or run on after the item:
# no target, nor the end of the list
_VOTE_COUNT = (
    r"(?:[\d.,]*\s*,?\s*(?:đạt\s+)?tỷ\s+lệ\s+[\d.,]+\s*%|\d[\d.,]*(?:\s+[\d.,]+\s*%)?|[Kk]hông)?"
)
# where a vote ends: the line's end, the next bullet or the next item's number
_TALLY_END = r"\s*(?:$|(?=[-+•–]\s)|(?=\d{1,2}\s?[./)-]))"
VOTE_TALLY = re.compile(
    r"(?:^|(?<=\s))[-+•–]\s*(?:(?:[Kk]hông|[Cc]ơ bản|[Hh]oàn toàn)\s+)?"
    rf"(?:[Đđ]ồng ý|[Nn]hất trí|[Tt]án thành|[Ýý] kiến khác)\s*:\s*{_VOTE_COUNT}{_TALLY_END}"
    # and the sheet's counts above the items ("- Tổng số phiếu phát ra: 229", "- Số Đại biểu
    # tham gia biểu quyết : 200/200", "- Phiếu không hợp lệ: Không")
    r"|(?:^|(?<=\s))[-+•–]\s*(?:Tổng số phiếu|Số phiếu|Phiếu (?:không )?hợp lệ"
    r"|Số [Đđ]ại biểu (?:tham gia|dự))[^:\d]{0,40}:\s*(?:[\d.,/]+\s*(?:phiếu)?|[Kk]hông)"
    + _TALLY_END
)


# A line that is a vote however a sheet words it ("- Có 113 ĐB đồng ý, chiếm 95,76%", "- 4 ý
# kiến khác, chiếm 3,38%", "- Nhất trí 169 (98,25%)", "- Nhất trí: 247/249 phiếu, đạt 99,2%",
# "- Ý kiến không rõ 3"): its vote's words and, besides them, only counts and these words
_VOTE_WORDS = re.compile(
    r"(?:(?:hoàn toàn|cơ bản)\s+)?(?:không\s+)?(?:nhất trí|đồng ý|tán thành)(?:\s+hoàn toàn)?"
    r"|ý kiến\s+(?:khác|không rõ)",
    re.IGNORECASE,
)
_VOTE_FILLER = re.compile(
    r"\b(?:có|một|ĐB|đại biểu|phiếu|chiếm|đạt|tỷ lệ)\b|\([^)]*\)|[\d.,/%:;]+", re.IGNORECASE
)
_BULLET = re.compile(r"^\s*[-+•–*]\s*")
# a delegate's counter-proposal under an item ("* Đề nghị chỉ tiêu tăng 18-20%"): no target
_PROPOSED = re.compile(r"^\s*[-+•–*]\s*Đề nghị\s+(?:chỉ tiêu|mức|nâng|giảm|tăng)\b", re.IGNORECASE)
MAX_VOTE = 100  # a longer line says more than a vote


def is_vote(line: str) -> bool:
    """Whether ``line`` is a vote on the item above it, or a counter-proposal to it."""
    if _PROPOSED.match(line):
        return True
    body = _BULLET.sub("", line, count=1).strip()
    if len(body) > MAX_VOTE or not _VOTE_WORDS.search(body):
        return False
    rest = _VOTE_FILLER.sub(" ", _VOTE_WORDS.sub(" ", body, count=1))
    return re.search(r"[^\W\d_]", rest) is None


def without_votes(line: str) -> str:
    """``line`` without the votes standing in it, so that a sheet reads as its targets."""
    if not any(word in line for word in ("ý", "Ý", "trí", "thành", "phiếu", "biểu", "nghị")):
        return line
    if is_vote(line):
        return ""
    # votes run on after an item, before the next item's number ("… 99,2% 2/ Tốc độ …")
    pieces = _VOTE_RUN.split(line)
    if len(pieces) > 1 and any(is_vote(p) for p in pieces):
        line = " ".join(p for p in pieces if not is_vote(p))
    return VOTE_TALLY.sub("", line).strip() if VOTE_TALLY.search(line) else line


_VOTE_RUN = re.compile(r"\s+(?=[-+•–*]\s|\d{1,2}\s?[./)]\s)")


def list_lines(text: str) -> list[str]:
    """The lines a list is sought in: tables published one cell per line put back into
    rows first (a lone "67" there is a cell, not a page number; a vote table's rows as
    numbered items, without their votes), then page furniture
    (:func:`pages.drop_furniture`) and a vote sheet's tallies dropped and inline lists cut
    (:func:`inline.expand`). The reader joins a wrapped text's paragraph lines before
    (:func:`pages.rejoin`)."""
    cells = vote_rows([ln for ln in text.splitlines() if ln.strip()])
    rows = cells_to_rows(spaced_tables(cells))
    kept = [ln for ln in map(without_votes, drop_furniture(rows)) if ln.strip()]
    return join_sub_headers(expand(kept))


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
