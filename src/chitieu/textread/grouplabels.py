"""Group labels between a list's items ("Về kinh tế:", "Kinh tế: (1) …") and the
"(1) … (2) …" paragraphs whose items they part: the list's reader
(:mod:`chitieu.textread.structure`) asks here where a group begins."""

from __future__ import annotations

import re

from chitieu.textread.items import has_figure, normalize
from chitieu.textread.layouts import UPPER, group_of, heading_group

INLINE = re.compile(r"\((\d{1,2})\)\s*")
INLINE_NEAR = 80  # how near a line's start its "(1)" stands in a paragraph of such items
GROUP_LABEL = re.compile(
    r"^\s*(?:[-–•]\s*|[a-zđ]\)\s*|\d\.\s*)?(Về [^:;()]{3,70}"
    # "1. Các chỉ tiêu về kinh tế:", "Nhóm chỉ tiêu về xã hội gồm 6 chỉ tiêu:"
    r"|(?:(?:các|nhóm)\s+)*chỉ\s+tiêu\s+(?:về\s+)?[^:;()\d]{3,60}?(?:\s+gồm\s+\d{1,2}\s+chỉ\s+tiêu)?)"
    r"\s*:\s*",
    re.IGNORECASE,
)
TRAILING_GROUP = re.compile(r"\s*(?:[-–•]\s*)?(Về [^:;().]{3,70}):\s*$", re.IGNORECASE)
# "Kinh tế: (1) …", "… đồng. Xã hội: (3) …": a group named without "Về", before an item
NAMED_LABEL = re.compile(r"^\s*([^:;().\d]{3,40}):\s*(?=\(\d{1,2}\)|\d{1,2}\.\s)")
TRAILING_NAMED = re.compile(r"(?<=[.;])\s*([^:;().\d]{3,40}):\s*$")


_NUMBER_MARK = r"\(\d{1,2}\)|\d{1,2}[.)/]"
NUMBERED = re.compile(rf"(?:^|\s)(?:{_NUMBER_MARK})\s")  # not a range's dash
BULLET_START = re.compile(r"[-+•]\s")
ANY_DIGIT = re.compile(r"\d")


def clauses_after(rest: str) -> list[str]:
    """A heading's or a group label's own rest after its colon: as one line, or, when it
    runs two or more clauses each holding a figure ("Chỉ tiêu: đến năm 2025, tỷ lệ hộ nghèo
    … dưới 3%; tỷ lệ lao động … 65%."), each clause as an item of its own."""
    parts = [p.strip() for p in rest.split(";")]
    if len(parts) < 2 or not all(ANY_DIGIT.search(p) for p in parts):
        return [rest]
    # items marked inline are cut at their markers; a dash inside a part ("quốc phòng - an
    # ninh", "8 - 9%") is no marker
    if NUMBERED.search(rest) or any(BULLET_START.match(p) for p in parts):
        return [rest]
    # "+" as a bullet: a part may open on its share ("…; 100% xã …") with no range's dash
    return [f"+ {p}" for p in parts]


# a sentence's end inside a field's paragraph: after a word, a figure, "%" or ")" or an
# acronym ("… 5.000 USD. Tỷ lệ …"), not after "TP." before a name
_FIELD_SENTENCE_END = re.compile(rf"(?:(?<=[a-zà-ỹđ\d%)])|(?<=[A-Z]{{3}}))\.\s+(?=[{UPPER}])")
FIGURELESS_SHARE = 3  # at most one clause in this many may set no figure ("Giữ vững …")


# A structure's clause ("Cơ cấu kinh tế đến năm 2025: CN - TTCN - xây dựng khoảng 64%") and
# the shares after it ("các ngành dịch vụ khoảng 28,5%"): one target whose metrics are shares.
# "Cơ cấu kinh tế: A 20%; B 35%", "về cơ cấu kinh tế, A chiếm 12%; B 42%": shares to come
STRUCTURE = re.compile(
    r"\bcơ cấu\b[^:;]{0,80}(?::|,?\s*trong đó\b)|\bcơ cấu (?:kinh tế|GRDP)\s*,", re.IGNORECASE
)
SHARE = re.compile(r"^[^\d;:]{1,60}?\s(?:khoảng\s|chiếm\s|là\s)?[\d.,]+(?:\s*[–-]\s*[\d.,]+)?\s*%")
NOT_SHARE = re.compile(r"t[ỷỉ] lệ|tốc độ|tăng|giảm|thu nhập|bình quân", re.IGNORECASE)


def continues_structure(clause: str, part: str) -> bool:
    """Whether ``part`` is a further share of the structure ``clause`` opens ("Cơ cấu kinh
    tế: A 64%" then "B 28,5%"): one target whose metrics are the shares."""
    share = SHARE.match(part)
    # "ngành X chiếm 36,5%, tăng 0,06% so với năm 2023": the share's words, not what follows
    return bool(STRUCTURE.search(clause) and share and not NOT_SHARE.search(share.group()))


def field_clauses(rest: str, strict: bool = True) -> list[str]:
    """A field's paragraph after its label or heading ("Tốc độ tăng trưởng … 7%/năm. Đến
    năm 2025, GDP … USD; tỷ lệ đô thị hóa …") cut into its clauses, at ";" and at each
    sentence's end (that stop dropped, the paragraph's last kept); none unless two or more
    set a figure and few set none, or when the paragraph numbers or bullets its items.
    Not ``strict`` (in a text whose fields are so written), one figure in two parts will do
    ("Hằng năm hoàn thành 100% chỉ tiêu tuyển quân; xây dựng lực lượng … vững mạnh")."""
    if NUMBERED.search(rest):
        return []
    parts: list[str] = []
    for part in (p.strip() for s in _FIELD_SENTENCE_END.split(rest) for p in s.split(";")):
        if parts and continues_structure(parts[-1], part):
            parts[-1] = f"{parts[-1]}; {part}"
        elif part:
            parts.append(part)
    figured = sum(1 for p in parts if has_figure(p))
    if strict and (figured < 2 or (len(parts) - figured) * FIGURELESS_SHARE > len(parts)):
        return []
    if len(parts) < 2 or not figured:
        return []
    return [] if any(BULLET_START.match(p) for p in parts) else parts


def group_label(line: str) -> re.Match[str] | None:
    """The group label a line opens with ("Về kinh tế:", or "Kinh tế:" before an item when
    it names a group); its group(1) is the label's words."""
    label = GROUP_LABEL.match(line)
    if label is not None and (label.group(1)[:2].lower() == "về" or group_of(label.group(1))):
        return label
    named = NAMED_LABEL.match(line)
    return named if named and group_of(named.group(1)) is not None else None


# Where the last item of a run in a paragraph ends when the paragraph goes on: "… 14. Xây
# dựng Đảng bộ trong sạch, vững mạnh. “Đây là những chỉ tiêu …”" (a sentence's end, not
# after an abbreviation in capitals: "TP. Hồ Chí Minh")
_SENTENCE_END = r"(?<=[a-zà-ỹđ\d]\.|[%)”\"]\.)\s+"
_QUOTE_NEXT = re.compile(rf"{_SENTENCE_END}(?=[“\"])")
_SENTENCE_NEXT = re.compile(rf"{_SENTENCE_END}(?=[{UPPER}][^\W\d_])")
_DIGIT = re.compile(r"\d(?=\D*$)")  # a line's last digit


def last_item_end(line: str, start: int) -> int | None:
    """Where a paragraph's last item ends, from ``start`` on, when a quotation follows it
    or sentences without a figure to the paragraph's end; a further sentence of the item's
    own ("Cơ quan, trường học văn hóa: 100%.") goes on with it."""
    last_digit = _DIGIT.search(line, start)
    ends = [_QUOTE_NEXT.search(line, start)]
    ends.append(_SENTENCE_NEXT.search(line, max(start, last_digit.end() if last_digit else 0)))
    return min((m.start() for m in ends if m), default=None)


def split_inline(line: str, raw: str) -> list[tuple[int | None, str, str | None]]:
    """Cut a paragraph holding "(1) … (2) …" into (number, text, group label after it).

    ``line`` is ``raw`` normalised (same length): positions found in one cut the other.
    """
    marks = list(INLINE.finditer(line))
    if len(marks) < 2 or marks[0].start() > INLINE_NEAR:
        return []
    out: list[tuple[int | None, str, str | None]] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        if i + 1 == len(marks) and (last := last_item_end(line, m.end())) is not None:
            end = last  # the paragraph goes on with the report
        chunk = raw[m.end() : end]
        label = None
        tail = TRAILING_GROUP.search(line[m.end() : end])
        named = TRAILING_NAMED.search(line[m.end() : end]) if tail is None else None
        if named and group_of(named.group(1)) is not None:
            tail = named
        if tail:
            label, chunk = tail.group(1), chunk[: tail.start()]
        out.append((int(m.group(1)), chunk.strip(), label))
    return out


FIELD_PARAGRAPHS = 2  # paragraphs "Về …: A; B; C" that show a text's fields run clauses


def field_paragraphs(lines: list[str]) -> bool:
    """Whether two or more paragraphs of clauses that each set a figure open with a
    group's label ("Về kinh tế: A; B; C") or follow a group's heading ("a) Các chỉ tiêu về
    kinh tế" / "A; B; C"); one such paragraph alone is read as one item, as before (read as
    clauses, it lowered the held-out gate)."""
    count = 0
    headed = False  # the last line with text was a group's heading
    for line in lines:
        if not line.strip():
            continue
        plain = normalize(line)
        label = group_label(plain)
        rest = line[label.end() :] if label else line if headed else ""
        count += bool(field_clauses(rest))
        if count >= FIELD_PARAGRAPHS:
            return True
        headed = heading_group(plain) is not None
    return False
