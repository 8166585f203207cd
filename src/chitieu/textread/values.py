"""Values as resolutions print them: Vietnamese numbers, ranges, qualifiers and units.

"7 – 7,5%", "từ 10 hộ trở lên", "4.400.000 lượt người", "45 triệu đồng/năm": "." groups
thousands and "," is the decimal mark; a unit is written once after the last end of a
range, with its scale word and its denominators; qualifiers (trên, dưới, không quá, từ …
trở lên …) sit just before the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from chitieu.targets.model import Comparator

# A number as printed: 4.400.000 / 7,5 / 166; a stray "6.5" is caught and flagged apart.
NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?)(?![\d])"
)
# "tỉ" is the other spelling of "tỷ": both are read, and the unit is written "tỷ"
SCALES = ["nghìn tỷ", "nghìn tỉ", "triệu tỷ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"]
# "hằng năm", "mỗi năm": each year; "cây hàng năm" (annual crops) is a kind of crop
# ("từ năm 1993 trở đi": every year from then on)
EACH_YEAR = r"(?<!cây )(?:hằng|hàng|mỗi)\s+năm|từ\s+năm\s+(?:19|20)\d\d\s+trở\s+đi"
# Units that are themselves administrative or physical units, counted one by one.
COUNTED = frozenset(
    {
        "bản",
        "chi bộ",
        "chợ",
        "cơ sở",
        "cụm công nghiệp",
        "huyện",
        "hợp tác xã",
        "khu",
        "làng",
        "phường",
        "thôn",
        "thị trấn",
        "tổ chức cơ sở đảng",
        "trường",
        "trạm",
        "tổ dân phố",
        "xã",
        "đơn vị",
    }
)
# "Có 5/7 trường đạt chuẩn", "18/18 thôn có nhà văn hóa": units counted out of their whole
_WHOLE = re.compile(
    r"(?<![\d.,/])(\d{1,3})/(\d{1,3})(?=\s+(?:"
    + "|".join(sorted(COUNTED, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)


def counts_of_wholes(text: str) -> str:
    """``text`` with each count of units out of their whole ("Có 5/7 trường", "18/18 thôn")
    read as its count: the whole's number blanked, the length kept. In parentheses such a
    fraction only restates the figure before it ("đạt 50% (8/16 xã)") and stays."""
    if "/" not in text:
        return text
    parts, at, depth = [], 0, 0
    for m in _WHOLE.finditer(text):
        # the parentheses open at the fraction, counted on from the last one (linear time)
        depth += text.count("(", at, m.start()) - text.count(")", at, m.start())
        parts.append(text[at : m.start()])
        whole = depth > 0 or int(m.group(1)) > int(m.group(2))
        parts.append(m.group() if whole else m.group(1) + " " * (len(m.group(2)) + 1))
        at = m.end()
    return "".join(parts) + text[at:]


# Units as resolutions write them, longest first so that "nghìn tỷ đồng" wins over "đồng".
UNITS = sorted(
    [
        "%/năm",
        "‰",
        "%",
        "điểm %",
        "điểm phần trăm",
        "USD/người/năm",
        "USD/người",
        "USD",
        "đồng/người/năm",
        "đồng/người",
        "đồng",
        "lượt người",
        "lượt lao động",
        "lượt khách",
        "khách du lịch",
        "lượt khách du lịch",
        "lượt",
        "người",
        "ha",
        # hectares spelt out, as written ("trên 12.900 hec ta", "41.000 héc ta")
        "héc ta",
        "hécta",
        "hec ta",
        "hecta",
        "km",
        "km2",
        "m2",
        "tấn",
        "kg",
        "tạ",  # "63 tạ/ha": the yield's denominator follows
        "đảng viên",
        "hộ",
        "lao động",
        "việc làm",
        "doanh nghiệp",
        "giường bệnh",
        "bác sỹ",
        "bác sĩ",
        "công trình",
        "dự án",
        "khu công nghiệp",
        "sản phẩm",
        "thiết chế",
        "nhà",
        "điểm",
        "tổ chức",
        "mô hình",
        "lớp",
        "học sinh",
        "cây",
        "con",
        "m3",
        "MW",
        "kWh",
        "năm",
        *COUNTED,
    ],
    key=len,
    reverse=True,
)
# Words that may follow a number without being its unit.
NOT_UNITS = {
    "và",
    "trở",
    "trên",
    "dưới",
    "so",
    "với",
    "đến",
    "tới",
    "từ",
    "là",
    "của",
    "trong",
    "hoặc",
    "có",
    "đạt",
    "mỗi",
    "hằng",
    "hàng",
    "năm",
    "tiêu",
    "người",
}
QUALIFIERS = [  # (words before the number, comparator or None for "approximately")
    ("không vượt quá", Comparator.LE),
    ("không quá", Comparator.LE),
    ("tối đa", Comparator.LE),
    ("không dưới", Comparator.GE),
    ("không thấp hơn", Comparator.GE),
    ("ít nhất", Comparator.GE),
    ("tối thiểu", Comparator.GE),
    ("≥", Comparator.GE),
    (">=", Comparator.GE),
    ("≤", Comparator.LE),
    ("<=", Comparator.LE),
    # offices grade "trên X" as a floor (X is đạt, above it vượt), "dưới X" as a ceiling;
    # only the mathematical signs are strict
    ("vượt trên", Comparator.GE),
    ("cao hơn", Comparator.GE),
    ("trên", Comparator.GE),
    ("hơn", Comparator.GE),
    ("vượt", Comparator.GE),
    (">", Comparator.GT),
    ("xuống dưới", Comparator.LE),
    ("thấp hơn", Comparator.LE),
    ("dưới", Comparator.LE),
    ("<", Comparator.LT),
    ("khoảng", None),
    ("xấp xỉ", None),
    ("gần", None),
    ("~", None),
]
PER_POPULATION = re.compile(
    r"(?:trên|/)\s*(?:1\s+)?(vạn|10\.000|1\.000|100\.000|nghìn|ngàn)\s+(dân|người)", re.IGNORECASE
)
# "5 năm", "6 tháng cuối năm": a span of time
DURATION = re.compile(
    r"(?<![\d.,])(\d{1,2})\s+(?:năm\b|tháng\s+(?:đầu|cuối)\s+năm\b)", re.IGNORECASE
)
CRITERIA = re.compile(r"(?:cả|đủ)?\s*(\d+)\s+tiêu chí", re.IGNORECASE)


def outside_parentheses(text: str) -> str:
    """``text`` with its parenthesised parts blanked: "(năm 2020 ước đạt 52 triệu đồng)"
    recalls, "(theo chuẩn nghèo giai đoạn 2022 - 2025)" names a standard."""
    return re.sub(r"\([^()]*\)", " ", text)


def parse_number(text: str) -> tuple[Decimal, bool]:
    """The value of a printed number, and whether it used a doubtful "." as decimal mark."""
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return Decimal(text), True
    return Decimal(text.replace(".", "").replace(",", ".")), False


@dataclass
class Value:
    """A value expression: "≥ 5%", "7 – 7,5%", "từ 10 hộ trở lên", "4.400.000 lượt người"."""

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    unit: str
    qualifier: Comparator | None
    approximate: bool
    doubtful_decimal: bool
    words: str = ""  # the qualifier's words as written ("trên", "không quá"), if any


def year_spans(text: str) -> list[tuple[int, int]]:
    """Where years stand ("đến năm 2025", "giai đoạn 2016 – 2020"): never a target value.

    A four-digit 19xx or 20xx written without a thousands dot is a year unless a unit
    follows it ("2000 ha" is an area; "2.000 đảng viên" is written with the dot anyway).
    """
    spans = []
    for m in NUMBER.finditer(text):
        if not _YEAR.fullmatch(m.group(1)):
            continue
        # "đến năm 2030 xã Vĩnh Lộc đạt …": after a time word it is a year, a unit or not
        timed = _TIME_WORD.search(text, max(0, m.start() - 16), m.start())
        if timed or not unit_at(text, m.end(), guess=False)[0]:
            spans.append((m.start(), m.end()))
    return spans


_TIME_WORD = re.compile(
    r"(?:năm|đến|tới|giai đoạn|nhiệm kỳ|thời kỳ|cuối|từ)\s*$|\d\s*[–-]\s*$", re.IGNORECASE
)
# Dates ("ngày 29-5", "sáng 23/9", "04/12/2020"), document numbers ("số 18-NQ/TW") and
# tallies of results ("36/35 đảng viên", "18/20 chỉ tiêu"), counts of tasks ("5 nhiệm vụ
# trọng tâm"), "lần thứ 2", "trên 1 ha đất" and "bình quân 1 ha" (per hectare, not "at
# least 1 ha") and the places of a legal act ("khoản 3 Điều 14") hold numbers that are no values.
NOT_VALUES = re.compile(
    r"(?:(?:ngày|sáng|(?<!đa )chiều|tối|hôm)\s+)\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\b\d+(?=\s+(?:nhóm\s+)?(?:chỉ tiêu|nhiệm vụ|giải pháp|khâu đột phá|đột phá|đề án"
    r"|nội dung|chương trình|nghị quyết)\b)"
    r"|\b\d(?=\s+nhóm\s*(?:[,.;:]|$))"  # "21 chỉ tiêu, chia thành 3 nhóm": the groups counted
    # an address ("https://…-346215.htm") and a numbered thing ("chương trình … số 2:")
    r"|https?://\S+|(?<=\bsố\s)\d{1,3}(?=\s*[:;,.)])"
    r"|(?<=lần thứ )\d+\b|\b\d(?=\s+cấp\b)"  # "chính quyền địa phương 2 cấp"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d+\s*[-/]\s*(?:NQ|QĐ|KH|CT|TW|TU|HU|ĐU|UBND|HĐND|BC|TB)\b"
    r"|(?<![\d.,])\d+/\d+(?![\d.,])"
    r"|(?:(?<=trên )|(?<=bình quân )|(?<=mỗi ))1(?=\s+(?:ha|km2|lao động|hộ)\s+[^\W\d_])"
    r"|(?<=trẻ em )\d{1,2}(?=\s+tuổi\b)|(?<=trẻ )\d{1,2}(?=\s+tuổi\b)"  # "trẻ em 5 tuổi": an age
    # a place in a legal act: "tại khoản 3 Điều 14 Nghị định số 118/2025/NĐ-CP"
    r"|(?:(?<=\bkhoản )|(?<=\bđiều )|(?<=\bchương )|(?<=\bmục ))\d{1,3}\b(?![.,]\d)",
    re.IGNORECASE,
)


# Compiled once, and matched at a position of the clause rather than on a copy of its
# rest: a clause may be long, and a copy per number would cost the square of its length.
_YEAR = re.compile(r"(19|20)\d\d")
_SCALE_AT = [
    # "tỷ lệ" (a ratio) and "tỷ trọng" (a share) are words, not the scale "tỷ"
    (s, re.compile(re.escape(s) + r"(?![\wÀ-ỹ])(?!\s+(?:lệ|trọng)\b)", re.IGNORECASE))
    for s in SCALES
]
_UNITS_LOWER = [(u, u.lower()) for u in UNITS]
_MILLION_SHORT = re.compile(r"Tr\.(?=\s*đồng)", re.IGNORECASE)
_WORD_CHAR = re.compile(r"[\wÀ-ỹ]")
_WORD = re.compile(r"([^\W\d_]+)(?=[\s,.;:)/]|$)")
_FROM = re.compile(r"(?:^|\s)từ$", re.IGNORECASE)
_QUALIFIERS = [
    (words, comp, words.lower(), re.compile(r"(?:^|[\s(])" + re.escape(words) + "$", re.I))
    for words, comp in QUALIFIERS
]
_OR_MORE = re.compile(r"\s*trở lên")
_OR_LESS = re.compile(r"\s*trở xuống")
_DENOMINATOR = re.compile(
    r"\s?/\s?((?:(?:1|10\.000|1\.000|100\.000)\s+)?"
    r"(?:vạn dân|nghìn dân|ngàn dân|thị xã|thành phố|thị trấn|[^\W\d_]+))"
)
_RANGE_DASH = re.compile(r"\s*(?:[–-]|đến|tới)\s*")
LOOK_BACK = 40  # longer than any qualifier: how far before a number its words are sought


def _past_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def unit_at(text: str, pos: int, guess: bool = True) -> tuple[str, int]:
    """The unit (with its scale word and denominators) written at ``pos``, and where it ends.

    With ``guess``, a word not in the list of units is taken as the unit ("74 tuổi").
    """
    unit, end = _bare_unit_at(text, pos, guess)
    if not unit:
        return unit, end
    # "45 triệu đồng/năm", "11 bác sĩ/vạn dân": the denominators belong to the unit
    while m := _DENOMINATOR.match(text, end):
        unit, end = f"{unit}/{m.group(1)}", m.end()
    return unit, end


def _bare_unit_at(text: str, pos: int, guess: bool) -> tuple[str, int]:
    at = _past_spaces(text, pos)
    scale = ""
    for s, pattern in _SCALE_AT:
        if pattern.match(text, at):
            scale = text[at : at + len(s)].replace("tỉ", "tỷ").replace("Tỉ", "Tỷ")
            at = _past_spaces(text, at + len(s))
            break
    if short := _MILLION_SHORT.match(text, at):  # "70,0 Tr. đồng"
        scale, at = "triệu", _past_spaces(text, short.end())
    for u, low in _UNITS_LOWER:
        here = text[at : at + len(u)]
        if here.lower() == low and not _WORD_CHAR.match(text[at + len(u) : at + len(u) + 1]):
            return ((scale + " " + here).strip() if scale else here), at + len(u)
    if scale:
        return scale, at
    # A unit not in the list ("74 tuổi", "12 ngôi sao"): the one word after the number.
    word = _WORD.match(text, at)
    if guess and word and word.group(1).lower() not in NOT_UNITS:
        return word.group(1), at + len(word.group(1))
    return "", pos


def _before(text: str, start: int) -> tuple[str, int]:
    """The last words before ``start`` (trailing spaces dropped), and where they begin."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = max(0, end - LOOK_BACK)
    return text[begin:end], begin


def _qualifier(text: str, start: int) -> tuple[int, Comparator | None, bool, str]:
    """The qualifier written just before a number: where it starts, its comparator,
    whether it says "approximately", and its words; ``start`` itself without one."""
    before, begin = _before(text, start)
    for words, comp, low, pattern in _QUALIFIERS:
        if before.lower().endswith(low) and (not words[0].isalpha() or pattern.search(before)):
            return begin + len(before) - len(words), comp, comp is None, words
    return start, None, False, ""


def _skipped(text: str) -> set[int]:
    """Positions where a number is no value: years, criteria counts, "per 10.000 people"."""
    spans = year_spans(text)
    spans += [m.span(1) for m in CRITERIA.finditer(text)]
    spans += [m.span() for m in PER_POPULATION.finditer(text)]
    spans += [m.span(1) for m in DURATION.finditer(text)]
    spans += [m.span() for m in NOT_VALUES.finditer(text)]
    return {i for a, b in spans for i in range(a, b)}


def _value_numbers(text: str) -> list[re.Match[str]]:
    skip = _skipped(text)
    return [m for m in NUMBER.finditer(text) if m.start(1) not in skip]


def value_starts(text: str) -> list[int]:
    """Where the numbers that are values begin, in order: ``find_values`` holds one per
    number here (a range takes two), so a stretch of the text holds a value when one of
    these falls in it."""
    return [m.start(1) for m in _value_numbers(text)]


def find_values(text: str) -> list[Value]:
    """Every value expression of a clause, years and criteria counts left out."""
    numbers = _value_numbers(text)
    values: list[Value] = []
    i = 0
    while i < len(numbers):
        m = numbers[i]
        low, doubtful = parse_number(m.group(1))
        unit, end = unit_at(text, m.end())
        high = None
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and _RANGE_DASH.fullmatch(text, end, nxt.start()):
            high, doubtful2 = parse_number(nxt.group(1))
            doubtful = doubtful or doubtful2
            unit2, end = unit_at(text, nxt.end())
            unit = unit2 or unit
            i += 1
        start = m.start()
        before, begin = _before(text, start)
        qualifier: Comparator | None = None
        approximate, words = False, ""
        if _FROM.search(before):
            start = begin + before.lower().rfind("từ")
            tail = _OR_MORE.match(text, end)
            if high is None and tail:
                qualifier = Comparator.GE
                end = tail.end()
        else:
            start, qualifier, approximate, words = _qualifier(text, start)
            tail = _OR_MORE.match(text, end)
            if tail and high is None:
                qualifier = Comparator.GE
                end = tail.end()
            tail = _OR_LESS.match(text, end)
            if tail and high is None:
                qualifier = Comparator.LE
                end = tail.end()
        values.append(Value(start, end, low, high, unit, qualifier, approximate, doubtful, words))
        i += 1
    return values
