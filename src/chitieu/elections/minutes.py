"""The minutes of the count (biên bản kiểm phiếu) and the list the presidium announces,
as blocks of text the writers typeset (.docx: :mod:`chitieu.elections.minutes_docx`,
PDF: :mod:`chitieu.elections.minutes_pdf`).

The counting committee writes and signs the minutes and reports them to the presidium
(Art. 8 of 190-QĐ/TW). They follow the Party's document format (Hướng dẫn 36-HD/VPTW):
the organisation and "BAN KIỂM PHIẾU" top left with a star, "ĐẢNG CỘNG SẢN VIỆT NAM"
top right with the place and date. Every figure comes from the :class:`Result`; nothing
is counted here. Numbers are written the Vietnamese way (54,55%) in both languages, as
the other documents of chitieu write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.elections.count import Result
from chitieu.messages.render import catalogue
from chitieu.problems import Message, said
from chitieu.reports.header import Header, Line
from chitieu.reports.labels import dateline, t
from chitieu.vnformat import format_vi

DOCUMENTS = ("minutes", "announcement")

# key → (Vietnamese, English)
WORDS: dict[str, tuple[str, str]] = {
    "committee": ("BAN KIỂM PHIẾU", "COUNTING COMMITTEE"),
    "minutes": ("BIÊN BẢN KIỂM PHIẾU", "MINUTES OF THE COUNT"),
    "announcement": ("DANH SÁCH TRÚNG CỬ", "THE ELECTED"),
    "round": ("Lần bầu thứ {n}", "Round {n}"),
    "convened_dai_hoi_dai_bieu": (
        "Tổng số đại biểu chính thức được triệu tập: {n}",
        "Official delegates convened: {n}",
    ),
    "convened_dai_hoi_dang_vien": (
        "Tổng số đảng viên chính thức được triệu tập: {n}",
        "Official members convened: {n}",
    ),
    "convened_hoi_nghi": ("Tổng số được triệu tập: {n}", "Members convened: {n}"),
    "excluded": (
        "Số không tính vào cơ sở tính kết quả bầu cử: {n}, gồm:",
        "Not counted in the base: {n}, of whom:",
    ),
    "excluded_none": (
        "Số không tính vào cơ sở tính kết quả bầu cử: 0",
        "Not counted in the base: 0",
    ),
    "base": (
        "Cơ sở tính kết quả bầu cử: {base}; người trúng cử phải đạt quá một nửa, "
        "tức từ {threshold} phiếu trở lên.",
        "Base of the count: {base}; to be elected a candidate needs more than half, "
        "that is {threshold} votes or more.",
    ),
    "present": ("Số có mặt: {n}", "Present: {n}"),
    "ballots": (
        "Số phiếu phát ra: {issued}; số phiếu thu về: {returned}; số phiếu hợp lệ: "
        "{valid}; số phiếu không hợp lệ: {invalid}.",
        "Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}.",
    ),
    "invalid_one": ("Phiếu số {no}: {why}.", "Ballot {no}: {why}."),
    "seats": ("Số lượng cần bầu: {n}", "Seats: {n}"),
    "results": ("Kết quả kiểm phiếu (theo thứ tự trong phiếu bầu):", "Votes, in ballot order:"),
    "col_no": ("STT", "No."),
    "col_name": ("Họ và tên", "Name"),
    "col_votes": ("Số phiếu bầu", "Votes"),
    "col_percent": ("Tỷ lệ % so với cơ sở", "% of the base"),
    "col_note": ("Ghi chú", "Note"),
    "note_elected": ("Trúng cử", "Elected"),
    "note_tied": ("Bằng phiếu", "Tied"),
    "elected_head": (
        "Những người trúng cử (theo thứ tự số phiếu từ cao xuống thấp):",
        "Elected, in order of votes:",
    ),
    "elected_none": ("Không có người trúng cử.", "Nobody is elected."),
    "elected_one": (
        "{i}. {name}: {votes} phiếu, đạt {percent}%",
        "{i}. {name}: {votes} votes, {percent}%",
    ),
    "tie": (
        "Các đồng chí {names} có số phiếu bằng nhau ({votes} phiếu) ở vị trí cuối, vượt số "
        "lượng còn lại ({seats}): đại hội (hội nghị) bầu lại trong số các đồng chí này.",
        "{names} have equal votes ({votes}) at the last place, more than the {seats} "
        "seat(s) left: the congress votes again among them.",
    ),
    "unfilled": (
        "Số lượng chưa bầu đủ: {n}; đại hội (hội nghị) xem xét, quyết định việc bầu tiếp.",
        "Seats not filled: {n}; the congress decides whether to vote again.",
    ),
    "signs": ("CÁC THÀNH VIÊN BAN KIỂM PHIẾU", "THE COUNTING COMMITTEE"),
    "for_committee": ("TM. BAN KIỂM PHIẾU", "FOR THE COUNTING COMMITTEE"),
    "head": ("TRƯỞNG BAN", "CHAIR"),
    "member": ("THÀNH VIÊN", "MEMBER"),
    "and": (" và ", " and "),
}


def w(key: str, lang: str, **values: object) -> str:
    text = WORDS[key][0 if lang == "vi" else 1]
    return text.format(**values) if values else text


def number(n: int) -> str:
    """A count as the minutes write it (1.234)."""
    return format_vi(Decimal(n))


def percent(value: Decimal) -> str:
    return format_vi(value, 2)


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    center: bool = False
    indent: bool = False  # a first-line indent, as the body of a document has


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths_mm: list[int]  # of A4 portrait's 165 mm between the margins
    left: frozenset[int] = frozenset({1})  # the columns aligned left (the names)


Block = Para | Table


@dataclass(frozen=True)
class Document:
    """A document to typeset: the header, the title, the body, the signatures."""

    lang: str
    header: Header
    title: list[Para]
    body: list[Block]
    signatures: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    subject: str = ""


def build_document(result: Result, which: str = "minutes", lang: str = "vi") -> Document:
    """The minutes of ``result`` (``which="minutes"``) or the list of the elected for the
    presidium to announce (``"announcement"``), in ``lang``."""
    e = result.election
    header = Header(
        party=True,
        issuer=[Line(x.upper(), False) for x in e.organisation.splitlines() if x.strip()]
        + [Line(w("committee", lang), True)],
        number="",
        heading=[t("party_heading", lang)],
        dateline=_dateline(result, lang),
    )
    title = [
        Para(w(which, lang), bold=True, center=True),
        Para(e.elects, bold=True, center=True),
        Para(f"{e.title} – {w('round', lang, n=e.round)}", italic=True, center=True),
    ]
    body = _minutes(result, lang) if which == "minutes" else _announcement(result, lang)
    return Document(lang, header, title, body, _signatures(result, lang), e.title)


def _dateline(result: Result, lang: str) -> str:
    e = result.election
    if e.held_on is not None:
        return dateline(e.place or "…", e.held_on, lang)
    blank = "……"
    if lang == "vi":
        return f"{e.place or blank}, ngày {blank} tháng {blank} năm {blank}"
    return f"{e.place or blank}, {blank}"


def _minutes(result: Result, lang: str) -> list[Block]:
    e = result.election
    excluded = e.convened - e.base
    body: list[Block] = [
        Para(w(f"convened_{e.congress.value}", lang, n=number(e.convened)), indent=True),
    ]
    if e.excluded:
        body.append(Para(w("excluded", lang, n=number(excluded)), indent=True))
        body += [Para(f"- {x.reason}: {number(x.count)}", indent=True) for x in e.excluded]
    else:
        body.append(Para(w("excluded_none", lang), indent=True))
    body += [
        Para(
            w("base", lang, base=number(e.base), threshold=number(e.threshold)),
            bold=True,
            indent=True,
        ),
        Para(w("present", lang, n=number(e.present)), indent=True),
        Para(w("seats", lang, n=number(e.seats)), indent=True),
        Para(
            w(
                "ballots",
                lang,
                issued=number(e.issued),
                returned=number(result.returned),
                valid=number(result.valid),
                invalid=number(result.invalid),
            ),
            indent=True,
        ),
    ]
    body += [
        Para(w("invalid_one", lang, no=x.number, why=_said(x.why, lang)), italic=True, indent=True)
        for x in result.invalid_ballots
    ]
    body.append(Para(w("results", lang), bold=True))
    body.append(_votes_table(result, lang))
    return body + _outcome(result, lang)


def _said(message: Message, lang: str) -> str:
    return said(message, catalogue(lang))


def _votes_table(result: Result, lang: str) -> Table:
    rows = []
    for i, c in enumerate(result.candidates, start=1):
        note = w("note_elected", lang) if c.elected else w("note_tied", lang) if c.tied else ""
        rows.append([str(i), c.candidate.name, number(c.votes), percent(c.percent), note])
    headers = [w(k, lang) for k in ("col_no", "col_name", "col_votes", "col_percent", "col_note")]
    return Table(headers, rows, [12, 63, 25, 35, 30])


def outcome_lines(result: Result, lang: str) -> list[str]:
    """Who is elected, in order of votes; the tie and the seats left, when there are."""
    out: list[str] = []
    if result.elected:
        out.append(w("elected_head", lang))
        for i, no in enumerate(result.elected, start=1):
            c = result.of(no)
            values = {"votes": number(c.votes), "percent": percent(c.percent)}
            out.append(w("elected_one", lang, i=i, name=c.candidate.name, **values))
    else:
        out.append(w("elected_none", lang))
    for group in result.ties:
        names = [result.of(no).candidate.name for no in group]
        joined = ", ".join(names[:-1]) + w("and", lang) + names[-1]
        votes = number(result.of(group[0]).votes)
        out.append(w("tie", lang, names=joined, votes=votes, seats=result.tied_seats))
    if result.seats_unfilled:
        out.append(w("unfilled", lang, n=number(result.seats_unfilled)))
    return out


def _outcome(result: Result, lang: str, skip_elected: bool = False) -> list[Block]:
    lines = outcome_lines(result, lang)
    heads = 1 + len(result.elected)  # the heading and one line per elected
    out: list[Block] = [] if skip_elected else [Para(lines[0], bold=True)]
    if not skip_elected:
        out += [Para(x) for x in lines[1:heads]]
    return out + [Para(x, indent=True) for x in lines[heads if result.elected else 1 :]]


def _announcement(result: Result, lang: str) -> list[Block]:
    e = result.election
    lines: list[Block] = [
        Para(w("base", lang, base=number(e.base), threshold=number(e.threshold)), indent=True),
    ]
    rows = []
    for i, no in enumerate(result.elected, start=1):
        c = result.of(no)
        rows.append([str(i), c.candidate.name, number(c.votes), percent(c.percent)])
    headers = [w(k, lang) for k in ("col_no", "col_name", "col_votes", "col_percent")]
    if rows:
        lines.append(Table(headers, rows, [15, 80, 30, 40]))
    return lines + _outcome(result, lang, skip_elected=bool(result.elected))


def _signatures(result: Result, lang: str) -> list[tuple[str, str]]:
    """Each member of the counting committee signs; without names, the chair's place."""
    members = result.election.committee
    if not members:
        return [(f"{w('for_committee', lang)}\n{w('head', lang)}", "")]
    return [((m.role or w("member", lang)).upper(), m.name) for m in members]
