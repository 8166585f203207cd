"""A target's clauses: where one measure of an item ends and the next begins ("…; …", "… và
…", "…, …" where both sides hold a figure), the context a colon gives them all ("Cơ cấu kinh
tế đến năm 2025: …"), and a label's dated start left out as the baseline."""

from __future__ import annotations

import bisect
import re

from chitieu.textread.items import normalize
from chitieu.textread.layouts import UPPER
from chitieu.textread.names import VERB
from chitieu.textread.phrases import find_values, value_starts


def split_clauses(text: str) -> tuple[str, list[str]]:
    """The context before a colon ("Cơ cấu kinh tế đến năm 2025 là:") and the clauses.

    Clauses are cut at ";" and, where both sides hold a number, at "và" and ",".
    """
    work = normalize(text)
    context = ""
    colon = work.find(":")
    if (
        0 < colon < len(work) - 1
        and find_values(work[colon + 1 :])
        and not find_values(work[:colon])
    ):
        context, work = work[:colon], work[colon + 1 :]
    elif of_which := _STRUCTURE_OF_WHICH.match(work):
        # "cơ cấu kinh tế chuyển dịch đúng hướng, trong đó nông, lâm, thuỷ sản 51%; …"
        context, work = work[: of_which.start(1)], work[of_which.end() :]
    # "Hằng năm kết nạp …; có 100% chi bộ …": a sentence-initial "hằng năm" covers every clause
    lead = re.match(r"\s*(?:phấn đấu\s+)?((?:hằng|hàng|mỗi) năm)\b", work, re.IGNORECASE)
    if lead:
        context = f"{context} {lead.group(1)}".strip()
    # ";" inside parentheses parts too: "(trong đó: đàn heo 1.220 con; đàn bò 1.200 con)";
    # so does a sentence's end inside an item ("… 600 con). Gia cầm: 5000 con")
    parts = [p for p in _CLAUSE_END.split(work) if p.strip(" .()")]
    out: list[str] = []
    for part in parts:
        # "không còn hộ nghèo (…), 97% người dân …": the zero target ends at the comma
        gone = _NO_MORE_THEN_VALUE.search(part)
        pieces = [part[: gone.end() - 1], part[gone.end() :]] if gone else [part]
        # "từ 80% tổ chức … trở lên, không có tổ chức … yếu kém": a zero after a value
        then = _VALUE_THEN_NO_MORE.search(pieces[-1])
        if then and value_starts(pieces[-1][: then.start()]):
            pieces[-1:] = [pieces[-1][: then.start()], pieces[-1][then.end() :]]
        for piece in pieces:
            sides = _split_where_both_have_values(piece)
            # "Giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số dưới 1%": an aim without a figure,
            # then a measure that opens a clause of its own: two measures (the guide, §2)
            aim = _AIM_THEN_MEASURE.match(sides[0])
            # "Xây dựng mới, nâng cấp 15 km đường": two verbs of one action, no aim
            if aim and value_starts(sides[0][aim.end() :]) and not _BARE_VERB.fullmatch(aim[1]):
                sides[:1] = [aim.group(1), sides[0][aim.end() :]]
            out += sides
    return _without_dated_start(context, out)


_CONTEXT_YEAR = re.compile(r"\s+năm\s+(\d{4})\s*$", re.IGNORECASE)
_LATER_YEAR = re.compile(r"\s*(?:đến\s+)?(?:cuối\s+)?năm\s+(\d{4})\b", re.IGNORECASE)


def _without_dated_start(context: str, clauses: list[str]) -> tuple[str, list[str]]:
    """ "Thu nhập bình quân đầu người năm 2020: 41 triệu đồng; năm 2025: 60 triệu đồng": the
    label's year is where the figure starts, a baseline (the guide, §3), when the next
    clause sets it for a later year; the label is read without its year."""
    dated = _CONTEXT_YEAR.search(context)
    later = _LATER_YEAR.match(clauses[1]) if dated and len(clauses) > 1 else None
    if dated is None or later is None or int(later.group(1)) <= int(dated.group(1)):
        return context, clauses
    if not value_starts(clauses[0]):
        return context, clauses
    return context[: dated.start()], clauses[1:]


_SECTOR_NEXT = r"(?:và|tăng|chiếm|đạt|dịch vụ|bình quân|khoảng|là)\b"
_AIM_THEN_MEASURE = re.compile(
    # "công nghiệp, xây dựng tăng 11%": the sector, not the verb
    rf"^\s*([^\W\d][^\d;:]{{10,}}?),\s+(?!xây dựng\s*(?:[\d,;(]|{_SECTOR_NEXT}))"
    rf"(?=(?:{VERB.pattern})\b"
    r"|(?:duy trì|giữ vững|nâng|đưa)\s+(?:t[ỷỉ] lệ|số)\s|(?:t[ỷỉ] lệ|số)\s)",
    re.IGNORECASE,
)
_BARE_VERB = re.compile(rf"\s*(?:{VERB.pattern})(?:\s+(?:mới|thêm))?\s*", re.IGNORECASE)
_STRUCTURE_OF_WHICH = re.compile(r"[^;:\d]{0,80}?\bcơ cấu\b[^;:\d]{0,80}?(,?\s*trong đó\s+)", re.I)
# (after a decimal too: "… doanh số bán 20,6. Tăng kim ngạch …", which no marker is)
_CLAUSE_END = re.compile(
    rf";|(?:(?<=[^\d\s.]\.)|(?<=\d,\d\.)|(?<=\d,\d\d\.))\s+(?=[(\"“]?[{UPPER}\d])"
)
# "không còn hộ nghèo, 97% người dân …", "không còn hộ nghèo, thu nhập bình quân … 7,84 triệu"
_NO_MORE_THEN_VALUE = re.compile(r"không còn\b[^,;\d]*,(?=[^,;]*\d)", re.IGNORECASE)
_VALUE_THEN_NO_MORE = re.compile(
    r"(?:,|\s+và)\s+(?=(?:duy trì\s+|giữ vững\s+)?không (?:còn|có)\s)", re.IGNORECASE
)


# "và", ", ", and "3.000 con (trong đó đàn bò 1.000 con": where one measure ends;
# "850 doanh nghiệp với tổng vốn đăng ký đạt 8.000 tỷ đồng": a second amount
_JOINERS = (
    re.compile(r"\svà\s"),
    re.compile(r",\s"),
    re.compile(r"\s(?=\(\s*trong đó\b)"),
    re.compile(r"\svới\s+(?=tổng\s)"),
)
# ", 2025" or ", 30%" after a comma continue a list of numbers; ", 100% dân số tham gia bảo
# hiểm y tế" opens a clause of its own (a value, then what it counts, in words)
_DIGIT_NEXT = re.compile(r"\s*\d(?![\d.,]*\s*%?\s*[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[^\W\d_])")


def _split_where_both_have_values(part: str) -> list[str]:
    """Cut a clause at "và" (else at ", ") where both sides hold a value; then each side.

    ", 2025" or ", 30%" after a comma continue a list of numbers, not a new clause. The
    values and the joiners are found once in the whole clause: a cut falls between words,
    so a side holds exactly the values of the clause that lie in it, and a long clause
    costs about its length rather than its square.
    """
    values = value_starts(part)
    joiners = [[(m.start(), m.end()) for m in j.finditer(part)] for j in _JOINERS]
    out: list[str] = []
    pieces = [(0, len(part))]  # a stack: the left piece is taken first
    while pieces:
        a, b = pieces.pop()
        cut = _cut(part, values, joiners, a, b)
        if cut is None:
            out.append(part[a:b])
        else:
            pieces += [(cut[1], b), (a, cut[0])]
    return out


def _cut(
    part: str, values: list[int], joiners: list[list[tuple[int, int]]], a: int, b: int
) -> tuple[int, int] | None:
    """The first joiner of ``part[a:b]`` with a value on each side, as the old search did."""
    i, j = bisect.bisect_left(values, a), bisect.bisect_left(values, b) - 1
    if i > j:
        return None
    first, last = values[i], values[j]
    for comma, found in enumerate(joiners):
        # no joiner holds a digit, so none before the first value has a value on its left
        for start, end in found[bisect.bisect_left(found, (first, 0)) :]:
            if end > b:
                break
            if comma and _DIGIT_NEXT.match(part, end, b):
                continue
            if not comma and _comma_between(joiners[1], values, start):
                # "nông nghiệp 25%, công nghiệp và xây dựng 40%": the "và" joins words of one
                # measure; the comma after the figure is where the measures part
                continue
            if last >= end:
                return _verb_comma(part, values, found, start, end) if comma == 1 else (start, end)
            break  # later joiners have even fewer values on their right
    return None


def _comma_between(commas: list[tuple[int, int]], values: list[int], at: int) -> bool:
    """Whether a comma stands between the last value before ``at`` and ``at``."""
    k = bisect.bisect_left(values, at) - 1
    if k < 0:
        return False
    c = bisect.bisect_left(commas, (values[k], 0))
    return c < len(commas) and commas[c][1] <= at


def _verb_comma(
    part: str, values: list[int], commas: list[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """ "75% số tổ chức đạt trong sạch, vững mạnh, kết nạp 150 đảng viên": of the commas
    before the next value, the one before a verb heading a clause; else the first."""
    after = values[bisect.bisect_left(values, end)]
    k = bisect.bisect_left(commas, (start, 0))
    while k < len(commas) and commas[k][1] <= after:
        if VERB.match(part, commas[k][1]):
            return commas[k]
        k += 1
    return start, end
