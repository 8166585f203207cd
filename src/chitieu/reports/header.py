"""The header block of a review document, in the format of the body the plan belongs to.

A Party committee's report (Hướng dẫn 36-HD/VPTW of 03/4/2018) has on the left the Party
organisation above the committee ("ĐẢNG BỘ TỈNH LẠNG SƠN"), the committee in bold
("TỈNH ỦY"), a "*" and the number "Số 125-BC/TU"; on the right the heading "ĐẢNG CỘNG SẢN
VIỆT NAM", underlined, then the place and date. A people's council or committee's report
(Decree 30/2020/NĐ-CP) has on the left the body ("ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN") and
"Số: 125/BC-UBND"; on the right the national motto, then the place and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chitieu.reports.labels import dateline, place_of, t
from chitieu.targets.model import BodyKind, Plan

BLANK = "\u00a0" * 8  # a number left for the office to fill in (kept blank in HTML too)


@dataclass(frozen=True)
class Line:
    """A line of the issuing body: its text, in capitals, and whether it is bold."""

    text: str
    bold: bool


@dataclass(frozen=True)
class Header:
    """Everything the header block shows, for the writers to typeset."""

    party: bool  # the Party's format; else the State's
    issuer: list[Line]
    number: str  # the whole line: "Số 125-BC/TU", "Số: 125/BC-UBND"
    heading: list[str]  # right, first: the Party's heading or the two lines of the motto
    dateline: str

    @property
    def author(self) -> str:
        return " ".join(line.text for line in self.issuer)


def build_header(
    plan: Plan, issuer: str | None, number: str | None, issued: date, lang: str
) -> Header:
    """The header of ``plan``'s review: ``issuer`` (lines separated by "\\n") and
    ``number`` override the plan's body; a number of digits alone gets the body's symbols
    ("125" → "Số 125-BC/TU")."""
    body = plan.issuing_body
    party = body is not None and body.kind is BodyKind.PARTY
    if issuer:
        lines = _lines(issuer.splitlines())
    elif body is not None:
        parent = [Line(body.parent.upper(), False)] if body.parent.strip() else []
        lines = parent + [Line(x.upper(), True) for x in _split(body.name)]
    else:
        lines = _lines((plan.metadata.get("issuer") or plan.area.name).splitlines())
    code = body.code if body is not None else ""
    heading = [t("party_heading", lang)] if party else [t("motto_1", lang), t("motto_2", lang)]
    return Header(
        party=party,
        issuer=lines,
        number=_number(number, code, party, lang),
        heading=heading,
        dateline=dateline(place_of(plan.area.name), issued, lang),
    )


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


def _lines(texts: list[str]) -> list[Line]:
    """Lines given as text: in capitals, the last one (the body itself) bold."""
    kept = [x.strip().upper() for x in texts if x.strip()]
    return [Line(x, i == len(kept) - 1) for i, x in enumerate(kept)]


def _number(number: str | None, code: str, party: bool, lang: str) -> str:
    """ "Số 125-BC/TU" (Party: number, type, body) or "Số: 125/BC-UBND" (State: number,
    then type and body); blank for the office to fill in when not given."""
    given = (number or "").strip()
    if given and not given.isdigit():
        text = given
    elif code:
        text = f"{given or BLANK}-BC/{code}" if party else f"{given or BLANK}/BC-{code}"
    else:
        mark = "BC" if lang == "vi" else "REP"
        text = f"{given or BLANK}-{mark}" if party else f"{given or BLANK}/{mark}"
    word = t("number", lang)
    return f"{word} {text}" if party else f"{word}: {text}"
