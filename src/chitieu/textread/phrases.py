"""One measure of a target, read from a clause of Vietnamese text.

"Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%" becomes a measure of kind
``average_annual_growth``, comparator ``range``, 7 to 7,5, unit "%". The rules follow
how resolutions are written: "." groups thousands and "," is the decimal mark; a unit is
written once after the last end of a range; qualifiers (trên, dưới, không quá, từ … trở
lên …) sit just before the number; cue words (bình quân, hằng năm, cả giai đoạn, số xã
đạt chuẩn, cơ cấu …) say how the figures are to be combined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind

# A number as printed: 4.400.000 / 7,5 / 166; a stray "6.5" is caught and flagged apart.
NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?)(?![\d])"
)
SCALES = ["nghìn tỷ", "triệu tỷ", "nghìn", "ngàn", "triệu", "tỷ", "vạn"]
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
        "trường",
        "trạm",
        "tổ dân phố",
        "xã",
        "đơn vị",
    }
)
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
        "lượt khách",
        "lượt",
        "người",
        "ha",
        "km",
        "km2",
        "m2",
        "tấn",
        "đảng viên",
        "hộ",
        "lao động",
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
    ("vượt trên", Comparator.GT),
    ("trên", Comparator.GT),
    ("hơn", Comparator.GT),
    ("vượt", Comparator.GT),
    (">", Comparator.GT),
    ("dưới", Comparator.LT),
    ("<", Comparator.LT),
    ("khoảng", None),
    ("xấp xỉ", None),
    ("gần", None),
    ("~", None),
]
PER_POPULATION = re.compile(
    r"(?:trên|/)\s*(?:1\s+)?(vạn|10\.000|1\.000|100\.000|nghìn|ngàn)\s+(dân|người)", re.IGNORECASE
)
DURATION = re.compile(r"(?<![\d.,])(\d{1,2})\s+năm\b", re.IGNORECASE)  # "5 năm": a span of time
CRITERIA = re.compile(r"(?:cả|đủ)?\s*(\d+)\s+tiêu chí", re.IGNORECASE)
END_YEAR = re.compile(r"(?:đến|tới|trong|vào|cuối)\s+(?:năm\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
LOWER_IS_BETTER = (
    "hộ nghèo",
    "thất nghiệp",
    "suy dinh dưỡng",
    "tử vong",
    "tai nạn",
    "tội phạm",
    "phạm pháp",
    "ô nhiễm",
    "xuống còn",
    "giảm xuống",
    "còn dưới",
    "hộ cận nghèo",
)
# The three criteria a Vietnamese traffic-accident target always means.
TRAFFIC_CRITERIA = ("số vụ", "số người chết", "số người bị thương")


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


@dataclass
class Measure:
    """A measure as read, with what made the reader unsure."""

    name: str
    text: str
    kind: Kind
    comparator: Comparator | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""
    end_year: int | None = None
    direction: Direction | None = None
    input: GrowthInput | None = None
    doubts: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)


def year_spans(text: str) -> list[tuple[int, int]]:
    """Where years stand ("đến năm 2025", "giai đoạn 2016 – 2020"): never a target value.

    A four-digit 19xx or 20xx written without a thousands dot is a year unless a unit
    follows it ("2000 ha" is an area; "2.000 đảng viên" is written with the dot anyway).
    """
    spans = []
    for m in NUMBER.finditer(text):
        if re.fullmatch(r"(19|20)\d\d", m.group(1)) and not unit_at(text, m.end(), guess=False)[0]:
            spans.append((m.start(), m.end()))
    return spans


def unit_at(text: str, pos: int, guess: bool = True) -> tuple[str, int]:
    """The unit (with its scale word) written at ``pos``, and where it ends.

    With ``guess``, a word not in the list of units is taken as the unit ("74 tuổi").
    """
    rest = text[pos:]
    stripped = rest.lstrip()
    offset = len(rest) - len(stripped)
    scale = ""
    for s in SCALES:
        # "tỷ lệ" (a ratio) and "tỷ trọng" (a share) are words, not the scale "tỷ"
        if re.match(re.escape(s) + r"(?![\wÀ-ỹ])(?!\s+(?:lệ|trọng)\b)", stripped, re.IGNORECASE):
            scale = stripped[: len(s)]
            stripped = stripped[len(s) :]
            rest2 = stripped.lstrip()
            offset += len(s) + (len(stripped) - len(rest2))
            stripped = rest2
            break
    for u in UNITS:
        if stripped[: len(u)].lower() == u.lower() and not re.match(
            r"[\wÀ-ỹ]", stripped[len(u) : len(u) + 1]
        ):
            unit = (scale + " " + stripped[: len(u)]).strip() if scale else stripped[: len(u)]
            return unit, pos + offset + len(u)
    if scale:
        return scale, pos + offset
    # A unit not in the list ("74 tuổi", "12 ngôi sao"): the one word after the number.
    word = re.match(r"([^\W\d_]+)(?=[\s,.;:)]|$)", stripped)
    if guess and word and word.group(1).lower() not in NOT_UNITS:
        return word.group(1), pos + offset + len(word.group(1))
    return "", pos


def find_values(text: str) -> list[Value]:
    """Every value expression of a clause, years and criteria counts left out."""
    skip = year_spans(text)
    skip += [m.span(1) for m in CRITERIA.finditer(text)]
    skip += [m.span() for m in PER_POPULATION.finditer(text)]
    skip += [m.span(1) for m in DURATION.finditer(text)]
    numbers = [m for m in NUMBER.finditer(text) if not any(a <= m.start(1) < b for a, b in skip)]
    values: list[Value] = []
    i = 0
    while i < len(numbers):
        m = numbers[i]
        low, doubtful = parse_number(m.group(1))
        unit, end = unit_at(text, m.end())
        high = None
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        between = text[end : nxt.start()] if nxt else ""
        if nxt and re.fullmatch(r"\s*(?:[–-]|đến|tới)\s*", between):
            high, doubtful2 = parse_number(nxt.group(1))
            doubtful = doubtful or doubtful2
            unit2, end = unit_at(text, nxt.end())
            unit = unit2 or unit
            i += 1
        start = m.start()
        before = text[:start].rstrip()
        qualifier: Comparator | None = None
        approximate = False
        if re.search(r"(?:^|\s)từ$", before, re.IGNORECASE):
            start = before.lower().rfind("từ")
            if high is None and re.match(r"\s*trở lên", text[end:]):
                qualifier = Comparator.GE
                end += len(re.match(r"\s*trở lên", text[end:]).group(0))  # type: ignore[union-attr]
        else:
            for words, comp in QUALIFIERS:
                if before.lower().endswith(words.lower()) and (
                    not words[0].isalpha()
                    or re.search(r"(?:^|[\s(])" + re.escape(words) + "$", before, re.IGNORECASE)
                ):
                    start = len(before) - len(words)
                    if comp is None:
                        approximate = True
                    else:
                        qualifier = comp
                    break
            tail = re.match(r"\s*trở lên", text[end:])
            if tail and high is None:
                qualifier = Comparator.GE
                end += len(tail.group(0))
            tail = re.match(r"\s*trở xuống", text[end:])
            if tail and high is None:
                qualifier = Comparator.LE
                end += len(tail.group(0))
        values.append(Value(start, end, low, high, unit, qualifier, approximate, doubtful))
        i += 1
    return values


def _clean_name(text: str) -> str:
    """A measure's name: its words without the number, time phrase and linking verbs."""
    name = END_YEAR.sub(" ", text)
    name = re.sub(r"\b(?:hằng|hàng|mỗi) năm\b", " ", name, flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    name = re.sub(
        r"(?:\s+(?:đạt được|đạt|là|ở mức|bằng|chiếm|còn|từ))+$", "", name, flags=re.IGNORECASE
    )
    name = re.sub(r"^(?:có|phấn đấu|đạt)\s+", "", name, flags=re.IGNORECASE)
    name = name.strip(" ,.;:")
    return name[:1].upper() + name[1:] if name else name


def read_measure(part: str, context: str = "", default_end: int | None = None) -> list[Measure]:
    """Read one clause into one measure (or several, for "cả 3 tiêu chí" of accidents).

    ``context`` is what the target says before its list ("Cơ cấu kinh tế đến năm 2025 là:")
    and applies to every clause of it.
    """
    text = re.sub(r"\s+", " ", part).strip(" ;.")
    text = text.replace("—", "–").replace("‒", "–").replace("−", "–")  # one dash for ranges
    low_text = (context + " " + text).lower()
    values = find_values(text)
    per = PER_POPULATION.search(text)
    if not values:
        return [
            Measure(
                name=_clean_name(text),
                text=text,
                kind=Kind.OTHER,
                doubts=["qualitative: a person sets its status"],
            )
        ]
    chosen = values[-1]  # the target value closes the clause; earlier numbers are noted
    measure = Measure(name="", text=text, kind=Kind.LEVEL_AT_END)
    for v in values[:-1]:
        measure.unparsed.append(text[v.start : v.end])
        measure.doubts.append(f"other number in the clause: '{text[v.start : v.end]}'")
    unit = chosen.unit
    if per is not None:
        who = "vạn dân" if per.group(1).lower() == "vạn" else f"{per.group(1)} {per.group(2)}"
        unit = f"{unit}/{who}" if unit else f"/{who}"
    if not unit:
        measure.doubts.append("no unit written after the number")
    if chosen.doubtful_decimal:
        measure.doubts.append("'.' used as a decimal mark: check the number")
    if chosen.approximate:
        measure.doubts.append("approximate target (khoảng, xấp xỉ): check the bound")
    if chosen.qualifier is Comparator.GT and text[chosen.start].isalpha():
        measure.doubts.append("'trên/hơn' read as strictly greater: some authors mean ≥")
    name_text = PER_POPULATION.sub(" ", text[: chosen.start] + " " + text[chosen.end :]).strip()
    end_match = END_YEAR.search(text) or END_YEAR.search(context)
    measure.end_year = int(end_match.group(1)) if end_match else default_end
    measure.unit = unit
    measure.low, measure.high = chosen.low, chosen.high

    # How the figures are combined: the cue words of each kind.
    yearly = re.search(r"(hằng|hàng|mỗi) năm|năm nào cũng", low_text)
    per_year_rate = unit.startswith("%/năm")
    if "cơ cấu" in low_text and unit.startswith("%"):
        measure.kind = Kind.SHARE_STRUCTURE
    elif "giảm" in low_text and (yearly or per_year_rate or "bình quân" in low_text):
        measure.kind = Kind.REDUCTION_PER_YEAR
        rate = "bình quân" in low_text or per_year_rate
        measure.input = GrowthInput.RATE if rate else GrowthInput.LEVEL
        if measure.input is GrowthInput.LEVEL:
            measure.unit = unit or "%"
    elif (
        unit.startswith("%")
        and re.search(r"tăng|tốc độ", low_text)
        and ("bình quân" in low_text or per_year_rate)
    ):
        measure.kind = Kind.AVERAGE_ANNUAL_GROWTH
        measure.input = GrowthInput.RATE
    elif re.search(r"cả (giai đoạn|thời kỳ|nhiệm kỳ)|\b(5|năm) năm\b|lũy kế|tổng cộng", low_text):
        measure.kind = Kind.CUMULATIVE_OVER_TERM
    elif yearly:
        measure.kind = Kind.EVERY_YEAR
    elif re.match(r"(?:đến năm \d{4},? )?(?:có )?số\s", text.lower()) and unit.lower() in COUNTED:
        measure.kind = Kind.COUNT_OF_UNITS

    if chosen.high is not None:
        measure.comparator = Comparator.RANGE
        if measure.kind is Kind.SHARE_STRUCTURE:
            measure.direction = Direction.WITHIN
    elif chosen.qualifier is not None:
        measure.comparator = chosen.qualifier
    elif measure.kind in (Kind.LEVEL_AT_END, Kind.COUNT_OF_UNITS) and any(
        cue in low_text for cue in LOWER_IS_BETTER
    ):
        measure.comparator = Comparator.LE
    else:
        measure.comparator = Comparator.GE
    if measure.comparator in (Comparator.LE, Comparator.LT):
        measure.low, measure.high = None, chosen.low
    measure.name = _clean_name(name_text)
    if len(measure.name.split()) < 2:  # "có 11,5 bác sỹ": the unit says what is counted
        measure.name = f"Số {measure.unit}" if measure.unit else text
    criteria = CRITERIA.search(text)
    if criteria and "tai nạn giao thông" in low_text and criteria.group(1) == "3":
        base = _clean_name(CRITERIA.sub(" ", name_text))
        return [
            Measure(
                **{
                    **measure.__dict__,
                    "name": f"{base}: {c}",
                    "doubts": list(measure.doubts),
                    "unparsed": list(measure.unparsed),
                }
            )
            for c in TRAFFIC_CRITERIA
        ]
    if criteria:
        measure.doubts.append(f"{criteria.group(1)} criteria in one clause: split them by hand")
    return [measure]
