"""One measure of a target, read from a clause of Vietnamese text.

"Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%" becomes a measure of kind
``average_annual_growth``, comparator ``range``, 7 to 7,5, unit "%". The values are found
by :mod:`chitieu.textread.values`, the name by :mod:`chitieu.textread.names`; this module
chooses the clause's target value and reads its cue words (bình quân, hằng năm, cả giai
đoạn, số xã đạt chuẩn, cơ cấu, còn, giảm …): how the figures are combined, and which way
is better.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.problems import Message, coded
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind
from chitieu.textread.names import (
    AGE,
    RISING,
    STRIVING,
    capital,
    indicator,
    measure_name,
    no_more_names,
    plain_name,
)
from chitieu.textread.values import (
    COUNTED,
    CRITERIA,
    EACH_YEAR,
    PER_POPULATION,
    Value,
    counts_of_wholes,
    find_values,
    outside_parentheses,
    value_starts,
)

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
# "văn bản quy phạm pháp luật" (legal acts) holds "phạm pháp" (an offence) and is no offence
LEGAL_ACTS = re.compile(r"\bquy phạm pháp luật\b")
# Indicators bad by nature: a bare figure on them, a level or a rise, is a ceiling.
BAD_BY_NATURE = (
    "tăng dân số",
    "dân số tự nhiên",
    "sinh con thứ ba",
    "chỉ số giá tiêu dùng",
    "(cpi)",
    "nhập siêu",
    "bội chi",
)
# A level reached by lowering, written just before the value: lower is better, a range too.
LOWERING = re.compile(
    r"(?:^|\s)(?:còn|giảm xuống|giảm còn|xuống còn|xuống|xuống dưới|dưới|không quá|tối đa"
    r"|không vượt quá)(?:\s+(?:mức|khoảng|xấp xỉ|dưới))?\s*$",
    re.IGNORECASE,
)
GROWS = re.compile(r"\btăng(?:\s+(?:bình quân|khoảng|trên|từ|hơn))?\s*$", re.IGNORECASE)
# Actions counted over a term when no period is written ("kết nạp 30 – 35 đảng viên").
ACTION = re.compile(
    r"\s*(?:[-–+•*]\s*)?(?:phấn đấu\s+)?(?:kết nạp|giải quyết việc làm|tạo việc làm|đào tạo nghề"
    r"|tạo(?=\s*$)"
    r"|trồng mới|trồng rừng|(?:đầu tư\s+)?xây dựng mới|chuyển đổi|thành lập(?: mới)?|thu hút"
    r"|phổ cập"
    r"|(?:nhựa|bê tông|kiên cố|cứng)\s+h(?:óa|oá))\b",
    re.IGNORECASE,
)
# "tổng vốn đầu tư … giai đoạn 2021-2025 đạt 5.000 tỷ đồng": a sum over the period (the guide)
INVESTMENT_OVER_PERIOD = re.compile(r"vốn đầu tư[^;]{0,60}\bgiai đoạn\b", re.IGNORECASE)
# "lĩnh vực nông – lâm – thủy sản 47,8%", "công nghiệp – xây dựng 23,51%": a sector and its
# share alone, with no verb nor indicator, is a share of the economy's structure
_SECTOR = (
    r"(?:nông|lâm|ngư|thủy|thuỷ|sản|nghiệp|công|tiểu|thủ|xây|dựng|cơ|bản|thương|mại|dịch|vụ"
    r"|du|lịch|và)"
)
SECTOR_SHARE = re.compile(
    r"\s*(?:(?:đến|tới)\s+năm\s+\d{4}\s*,?\s*)?(?:t[ỷỉ] trọng\s+)?"  # "tỷ trọng nông nghiệp chiếm"
    rf"(?:(?:lĩnh vực|ngành|khu vực)\s+)?{_SECTOR}(?:\s*[,–-]?\s*{_SECTOR})*\s*"
    r"(?:(?:chiếm|khoảng|là)\s*)?",
    re.IGNORECASE,
)
# What an action's figure may not be to be summed: a share, or an amount of visitors (a year's
# level, as the labelling guide has tourists), with or without a scale word.
AMOUNT = re.compile(r"^%|triệu|nghìn|ngàn|vạn|khách", re.IGNORECASE)
OVER_QUOTA = re.compile(
    r"\s*\bvượt\s+(?:mức\s+)?(?:chỉ tiêu|kế hoạch|dự toán)\b[^\d;]{0,40}$", re.IGNORECASE
)
# Amounts of output, whose figure in % can only be a growth rate; and what makes a % a share.
OUTPUT = re.compile(r"giá trị sản xuất|tổng sản phẩm|\bgrdp\b|\bgdp\b")
SHARE_OF = re.compile(
    r"cơ cấu|tỷ trọng|tỉ trọng|chiếm|t[ỷỉ] lệ|trong (?:grdp|gdp)|so (?:với )?(?:grdp|gdp)"
    # "khu vực tư nhân đóng góp 40-45% GRDP": a share of the output, not its growth
    r"|đóng góp|%\s*(?:grdp|gdp)\b"
)
# Units counted as they reach a standard: what makes a count of units.
STANDARD = re.compile(
    r"đạt\s+(?:chuẩn|tiêu chuẩn|ntm|nông thôn mới)|chuẩn quốc gia|được công nhận"
    r"|nông thôn mới|\bntm\b|kiểu mẫu",
    re.IGNORECASE,
)
_LABEL_LEAD = re.compile(r"^(?:[-–+•*]\s*|phấn đấu\s+|đến năm \d{4},?\s+|có\s+)+")
SHARE_CUE = re.compile(
    r"(?:đến|tới)\s+(?:năm\s+\d{4}|cuối\s+(?:nhiệm kỳ|năm\s+\d{4}|kỳ))|:"
    r"|\bcơ cấu\s+(?:kinh tế|GRDP)\s*,",  # "về cơ cấu kinh tế, nông nghiệp chiếm 12%"
    re.IGNORECASE,
)
# A unit in the indicator's parentheses: "(%)", "(triệu USD)", "(USD/người)", "(Tỷ đồng)".
UNIT_IN_NAME = re.compile(
    r"\(\s*(%|‰|(?:(?:nghìn |triệu |ngàn )?t[ỷỉ] |triệu |nghìn )?(?:đồng|USD)(?:/[\wÀ-ỹ ]+)?"
    r"|(?:[Tt][ỷỉ]|[Tt]riệu|[Nn]ghìn) (?:đồng|USD)|người|ha|km|tấn(?:/ha)?|tạ/ha|con"
    r"|lượt khách|lượt người|xã"
    r"|hộ|lao động|doanh nghiệp)\s*\)"
)
PER_WHOM = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)?)\s*/\s*(?:1\s+)?vạn dân", re.IGNORECASE)
# The three criteria a Vietnamese traffic-accident target always means.
TRAFFIC_CRITERIA = ("số vụ", "số người chết", "số người bị thương")
# Qualifiers read by the offices' convention rather than literally: said on the review list.
FLOOR_WORDS = ("trên", "hơn", "vượt", "vượt trên", "cao hơn")
CEILING_WORDS = ("dưới", "xuống dưới", "thấp hơn")


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
    doubts: list[Message] = field(default_factory=list)  # each costs confidence
    notes: list[Message] = field(default_factory=list)  # how a convention was applied
    unparsed: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None  # where the value stands in ``text``


def _in_parentheses(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _choose(text: str, values: list[Value]) -> Value:
    """The target value: the last one outside parentheses ("gấp 1,7 lần (tương đương …
    USD)" restates it), or after "lên" ("từ 65% năm 2020 lên 80%")."""
    outside = [v for v in values if not _in_parentheses(text, v.start)] or values
    if not indicator(text[: outside[0].start]):  # "60% học sinh được học 2 buổi/ngày"
        return outside[0]
    return outside[-1]


# "Vấn đề 3: Mức tăng trưởng …": a vote sheet's numbering of what it puts to the vote
_PUT_TO_VOTE = re.compile(r"^\s*vấn đề\s+\d{1,2}\s*[:.]\s*", re.IGNORECASE)


def _clean(part: str) -> str:
    text = re.sub(r"\s+", " ", _PUT_TO_VOTE.sub("", part)).strip(" ;.")
    return text.replace("—", "–").replace("‒", "–").replace("−", "–")  # one dash for ranges


def read_measure(
    part: str, context: str = "", default_end: int | None = None, lead: str = ""
) -> list[Measure]:
    """Read one clause into one measure (or several, for "cả 3 tiêu chí" of accidents).

    ``context`` is what the target says before its list ("Cơ cấu kinh tế đến năm 2025 là:")
    and applies to every clause of it; ``lead``, a numbered lead-in above the target ("1/
    Tốc độ tăng trưởng bình quân hàng năm:"), cues the kind and names nothing.
    """
    text = counts_of_wholes(_clean(part))
    context_cues = f"{lead} {context}".strip()
    low_text = (context_cues + " " + text).lower()
    values = find_values(text)
    if not values:
        return _without_value(text, context, default_end)
    chosen = _choose(text, values)
    if over := OVER_QUOTA.search(text, 0, chosen.start):
        # "thu ngân sách vượt chỉ tiêu TP giao từ 5% trở lên": judged against a quota
        name = plain_name(text[: over.start()]) or capital(text[: over.start()].strip())
        return [Measure(name=name, text=text, kind=Kind.OTHER, doubts=[coded("doubt.over_quota")])]
    if rank := _rank(text, chosen):
        # "PCI thuộc nhóm 20 tỉnh dẫn đầu", "tăng 3 - 5 bậc": a place in a ranking, no level
        name = capital(indicator(text[:rank])) or plain_name(text[:rank])
        return [Measure(name=name, text=text, kind=Kind.OTHER, doubts=[coded("doubt.rank")])]
    measure = Measure(name="", text=text, kind=Kind.LEVEL_AT_END)
    measure.span = (chosen.start, chosen.end)
    for v in values:
        if v is not chosen and not AGE.fullmatch(text[v.start : v.end]):
            measure.unparsed.append(text[v.start : v.end])
            measure.doubts.append(coded("doubt.other_number", v=text[v.start : v.end]))
    measure.unit = _unit(text, chosen, measure)
    end_match = END_YEAR.search(text) or END_YEAR.search(context)
    measure.end_year = int(end_match.group(1)) if end_match else default_end
    measure.low, measure.high = chosen.low, chosen.high
    lowering = bool(LOWERING.search(text[: chosen.start] + " " + chosen.words))
    # "Tỷ lệ hộ nghèo giảm: 3%": the label's words cue the kind as the clause's own would
    _kind(measure, low_text, f"{context_cues} {text[: chosen.start]}".strip(), lowering)
    if (base := _base_year(measure, text)) is not None:
        # "đến năm 2030 so với năm 2025 tăng 30%": over five years, no yearly rate
        name = capital(indicator(text[: chosen.start])) or plain_name(text[: chosen.start])
        if _REDUCES_BY.fullmatch(f" {name}") or name.lower() == "tăng":
            # "Giảm 3 - 5% số vụ phạm pháp hình sự so với năm 2020": the verb and its object
            name = f"{name} {indicator(text[chosen.end :])}".strip()
        doubt = coded("doubt.against_base", year=str(base))
        return [Measure(name=name, text=text, kind=Kind.OTHER, doubts=[doubt])]
    _comparator(measure, chosen, low_text, lowering)
    _name(measure, chosen, context)
    counted = measure.unit and not measure.unit.startswith(("%", "‰", "điểm"))
    if counted and measure.kind is Kind.LEVEL_AT_END and _REDUCES_BY.search(text, 0, chosen.start):
        # "giảm 10 hộ nghèo": ten households out of poverty, an action counted, more is better
        measure.comparator, measure.low, measure.high = Comparator.GE, chosen.low, None
        measure.name = f"Giảm {measure.name[:1].lower()}{measure.name[1:]}"
    _flags(measure, chosen, text, low_text)
    return _criteria(measure, low_text)


# A place in a ranking: "thuộc nhóm 20 tỉnh dẫn đầu", "đứng trong tốp 15", "xếp thứ 10"
RANKING = re.compile(
    r"\s(?:(?:thuộc|nằm trong|đứng trong|lọt vào|vào)\s+(?:nhóm|tốp|top)|đứng\s+(?:thứ|tốp|top)"
    r"|xếp\s+(?:thứ|hạng))\b",
    re.IGNORECASE,
)


def _rank(text: str, chosen: Value) -> int | None:
    """Where a ranking's cue starts, when the clause's figure is a rank or a count of ranks
    ("tăng 5 bậc"); the labelling guide has such targets qualitative."""
    cue = RANKING.search(text, 0, chosen.start)
    if cue is not None:
        return cue.start()
    if chosen.unit.lower() == "bậc":
        rise = re.search(r"\s(?:tăng|giảm|nâng)\b[^,;]*$", text[: chosen.start], re.IGNORECASE)
        return rise.start() if rise else chosen.start
    return None


_REDUCES_BY = re.compile(r"(?:^|[\s,;:(])giảm(?:\s+thêm)?\s*$", re.IGNORECASE)
_AGAINST = re.compile(r"\bso\s+(?:với\s+)?(?:năm\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


_CHANGE = re.compile(r"\b(?:tăng|giảm|tinh giản)\b(?!\s+(?:trưởng|nghèo))", re.IGNORECASE)


def _base_year(measure: Measure, text: str) -> int | None:
    """The base year of a growth or a reduction stated against a year more than a year before
    its end ("đến năm 2030 so với năm 2025 tăng 30%"), when no yearly cue makes it a rate."""
    growth = (Kind.AVERAGE_ANNUAL_GROWTH, Kind.REDUCTION_PER_YEAR)
    against = _AGAINST.search(text)
    if against is None or measure.end_year is None:
        return None
    # "Tỷ lệ che phủ rừng tăng 3 điểm phần trăm so với năm 2020", "tinh giản biên chế 10% so
    # với năm 2021": a change of a share against the base, no level either
    change = measure.unit.startswith(("%", "điểm")) and _CHANGE.search(text, 0, against.start())
    if measure.kind not in growth and not change:
        return None
    # a yearly cue makes it a rate; "(… 130 triệu đồng/người/năm)" restates the level
    outside = outside_parentheses(text)
    if re.search(rf"(?:tăng|giảm) bình quân|{EACH_YEAR}|/năm", outside, re.IGNORECASE):
        return None
    base = int(against.group(1))
    return base if measure.end_year - base > 1 else None


def _unit(text: str, chosen: Value, measure: Measure) -> str:
    unit = chosen.unit
    per = PER_POPULATION.search(text)
    if per is not None:
        who = "vạn dân" if per.group(1).lower() == "vạn" else f"{per.group(1)} {per.group(2)}"
        if not unit.endswith("/" + who):
            unit = f"{unit}/{who}" if unit else f"/{who}"
    if unit.startswith("/"):  # "Bác sỹ/vạn dân 13 – 14": what is counted stands before "/"
        whom = PER_WHOM.search(text[: chosen.start])
        unit = f"{whom.group(1).lower()}{unit}" if whom else unit
    if not unit:
        # "Kim ngạch xuất khẩu (triệu USD) 920", "Tỷ lệ … 45": the indicator says the unit
        head = text[: chosen.start]
        written = UNIT_IN_NAME.search(head)
        if written:
            return written.group(1).strip().replace("Tỷ", "tỷ").replace("tỉ", "tỷ")
        measure.doubts.append(coded("doubt.no_unit"))
        if re.match(r"\s*(?:[-–+•*]\s*)?t[ỷỉ] lệ\b", head.lower()):
            unit = "%"
    return unit


def _kind(measure: Measure, low_text: str, before: str, lowering: bool) -> None:
    """How the figures are combined: the cue words of each kind."""
    unit = measure.unit
    # "tăng thu … so năm trước: 10%": each year against the one before
    yearly = re.search(rf"{EACH_YEAR}|năm nào cũng|so (?:với )?năm trước", low_text)
    per_year_rate = unit.startswith(("%/năm", "‰/năm"))  # "tỷ suất sinh giảm 0,2‰/năm"
    reducing = re.search(r"\bgiảm\b(?!\s+nghèo)", low_text) and not lowering
    if unit.startswith("%") and ("cơ cấu" in low_text or SECTOR_SHARE.fullmatch(before)):
        measure.kind = Kind.SHARE_STRUCTURE
    elif reducing and (yearly or per_year_rate or "bình quân" in low_text):
        measure.kind = Kind.REDUCTION_PER_YEAR
        # a rate's fall is in points ("tỷ lệ hộ nghèo giảm hằng năm 0,5%"), a count's in %
        rate = (
            "bình quân" in low_text or per_year_rate or bool(re.search(r"\bt[ỷỉ] lệ\b", low_text))
        )
        measure.input = GrowthInput.RATE if rate else GrowthInput.LEVEL
        if measure.input is GrowthInput.LEVEL:
            measure.unit = unit or "%"
    elif (
        reducing
        and unit.startswith(("%", "điểm"))
        and re.search(r"\bgiảm\b(?!\s+nghèo)", before.lower())
    ):
        # "Tỷ lệ hộ nghèo giảm 1,5 – 2%": a reduction, not a level; per year or the term's?
        measure.kind = Kind.REDUCTION_PER_YEAR
        measure.input = GrowthInput.RATE
        measure.doubts.append(coded("doubt.reduction_period"))
    elif (
        unit.startswith("%")
        and _growth(low_text, per_year_rate, before)
        # "thu ngân sách hằng năm tăng 10 – 12%": each year, unless it is an average
        and not (yearly and not AVERAGED.search(low_text))
    ):
        measure.kind = Kind.AVERAGE_ANNUAL_GROWTH
        measure.input = GrowthInput.RATE
    elif STANDARD.search(low_text) and measure.unit.lower() in COUNTED and not yearly:
        # "lũy kế đến cuối nhiệm kỳ có 72 xã được công nhận đạt chuẩn": units at a standard
        measure.kind = Kind.COUNT_OF_UNITS
    elif re.search(
        r"cả (giai đoạn|thời kỳ|nhiệm kỳ)|\b(5|năm) năm\b|lũy kế|tổng cộng", low_text
    ) or (INVESTMENT_OVER_PERIOD.search(low_text) and not unit.startswith("%")):
        measure.kind = Kind.CUMULATIVE_OVER_TERM
    elif _over_period(measure.text) and not unit.startswith("%") and "/" not in unit:
        # "Thu ngân sách … giai đoạn 2021 – 2025 từ 45 đến 50 nghìn tỷ đồng": an amount of the
        # period is its sum (the labelling guide's "thời kỳ 2021–2025" cue)
        measure.kind = Kind.CUMULATIVE_OVER_TERM
    elif re.search(r"\btrong nhiệm kỳ\b", low_text) and not unit.startswith("%"):
        measure.kind = Kind.CUMULATIVE_OVER_TERM  # "trong nhiệm kỳ kết nạp 600 đảng viên"
    elif yearly or (unit.endswith("/năm") and not re.search(r"đồng|USD|%", unit)):
        measure.kind = Kind.EVERY_YEAR
    elif _acts(before) and not END_YEAR.search(low_text) and not AMOUNT.search(unit):
        # "kết nạp 30 – 35 đảng viên" with no period: counted over the term
        measure.kind = Kind.CUMULATIVE_OVER_TERM
    elif _counts_units(measure, low_text):
        measure.kind = Kind.COUNT_OF_UNITS


PERIOD = re.compile(
    r"\b(?:giai đoạn|thời kỳ)\s+(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d"
    # "Từ năm 1991 đến 1995 giải quyết …"
    r"|\btừ\s+năm\s+(?:19|20)\d\d\s+(?:đến|tới)\s+(?:năm\s+)?(?:19|20)\d\d",
    re.I,
)


def _over_period(text: str) -> bool:
    """A period of years written in the clause, outside parentheses ("(theo chuẩn nghèo
    giai đoạn 2022 - 2025)" names a standard, not the sum's period)."""
    return PERIOD.search(outside_parentheses(text)) is not None


# "bình quân" as the kind's cue, not inside the indicator ("thu nhập bình quân đầu người")
AVERAGED = re.compile(r"bình quân(?!\s+(?:đầu người|một người|mỗi người|trên\s+(?:đầu\s+)?người))")


def _acts(before: str) -> bool:
    """ "kết nạp 30 đảng viên", "Xã cũng cam kết đào tạo nghề cho 2.000 lao động": an action."""
    striving = STRIVING.match(before)
    return bool(ACTION.match(before[striving.end() :] if striving else before))


def _counts_units(measure: Measure, low_text: str) -> bool:
    """ "Số xã đạt chuẩn …: 12 xã", "có 4 xã đạt chuẩn nông thôn mới": a count of units."""
    return measure.unit.lower() in COUNTED and bool(
        re.match(r"(?:đến năm \d{4},? )?(?:có )?số\s", measure.text.lower())
        or re.match(r"số\s", _LABEL_LEAD.sub("", low_text.strip()))
        # "có 72 xã được công nhận đạt chuẩn", "xây dựng 3 – 5 xã đạt NTM nâng cao"
        or STANDARD.search(low_text)
    )


def _growth(low_text: str, per_year_rate: bool, before: str = "") -> bool:
    if GROWS.search(before):  # "sản xuất nông nghiệp tăng 4%": a growth rate
        return True
    if OUTPUT.search(low_text) and not SHARE_OF.search(low_text):
        return True  # "giá trị sản xuất đạt 14,4%": an amount given in % is its growth
    if re.search(r"tăng trưởng|tốc độ tăng", low_text):
        return "bình quân" in low_text or per_year_rate or "đến năm" not in low_text
    return bool(re.search(r"\btăng\b", low_text)) and ("bình quân" in low_text or per_year_rate)


def _lower_is_better(low_text: str) -> bool:
    """An indicator whose fall is progress: poverty, unemployment, offences …"""
    text = LEGAL_ACTS.sub("", low_text) if "quy phạm" in low_text else low_text
    return any(cue in text for cue in LOWER_IS_BETTER)


_REACH_SHARE = re.compile(r"\bđạt\s*$", re.IGNORECASE)


def _comparator(measure: Measure, chosen: Value, low_text: str, lowering: bool) -> None:
    level = measure.kind in (Kind.LEVEL_AT_END, Kind.COUNT_OF_UNITS, Kind.EVERY_YEAR)
    if chosen.high is not None:
        measure.comparator = Comparator.RANGE
        if measure.kind is Kind.SHARE_STRUCTURE:
            measure.direction = Direction.WITHIN
        elif lowering and level:
            measure.direction = Direction.LOWER_IS_BETTER
            measure.notes.append(coded("doubt.range_lower"))
    elif chosen.qualifier is not None:
        measure.comparator = chosen.qualifier
    elif measure.kind is Kind.SHARE_STRUCTURE:  # "nông nghiệp 20%": one share, a point
        # "Tỷ trọng dịch vụ trong cơ cấu kinh tế đạt 52%": a share to reach, a floor
        reach = _REACH_SHARE.search(measure.text, 0, chosen.start)
        measure.comparator = Comparator.GE if reach else Comparator.EQ
    elif chosen.low == 100 and measure.unit.startswith("%") and not lowering:
        # "100% lao động thuộc hộ nghèo được hỗ trợ": all of them, whatever they are
        measure.comparator = Comparator.GE
    elif (
        (lowering and level)
        or (level and _lower_is_better(low_text))
        or (
            (level or measure.kind is Kind.AVERAGE_ANNUAL_GROWTH)
            and any(cue in low_text for cue in BAD_BY_NATURE)
        )
    ):
        measure.comparator = Comparator.LE
    else:
        measure.comparator = Comparator.GE
    if measure.comparator in (Comparator.LE, Comparator.LT):
        measure.low, measure.high = None, chosen.low


def _name(measure: Measure, chosen: Value, context: str) -> None:
    text = measure.text
    unit_in_name = UNIT_IN_NAME.search(text[: chosen.start])
    if unit_in_name:  # "Kim ngạch xuất khẩu (triệu USD)": the name without its unit
        text = (
            text[: unit_in_name.start()]
            + " " * len(unit_in_name.group(0))
            + text[unit_in_name.end() :]
        )
    if measure.kind is Kind.SHARE_STRUCTURE:
        # "Cơ cấu GRDP đến cuối nhiệm kỳ khu vực I là 33%": the share is named after the cue
        cue = list(SHARE_CUE.finditer(text, 0, chosen.start))
        if cue and indicator(text[cue[-1].end() : chosen.start]):
            text = " " * cue[-1].end() + text[cue[-1].end() :]
    name = measure_name(text, chosen.start, chosen.end, measure.unit, context)
    # "tăng tổng giá trị sản phẩm bình quân 21,7%/năm", "tăng tổng giá trị sản phẩm … đạt
    # 10.000 tỷ đồng": the verb is the kind's cue, or says which way the level goes
    name = capital(RISING.sub("", name, count=1))
    if not name:
        name = capital(text)
        measure.doubts.append(coded("doubt.no_name"))
    if measure.kind is Kind.EVERY_YEAR:  # "Trồng rừng tập trung bình quân 3.000 ha/năm"
        name = re.sub(r"\s+bình quân$", "", name, flags=re.IGNORECASE)
    measure.name = name
    # "Giá trị thu nhập/ha đạt 125-135 triệu đồng": the name's denominator is the unit's too
    per = PER_IN_NAME.search(name)
    if per and measure.unit and "/" not in measure.unit and "%" not in measure.unit:
        measure.unit = f"{measure.unit}/{per.group(1)}"


# "Giá trị thu nhập/ha", "Số bác sĩ/vạn dân": the denominator of a name is the unit's too
PER_IN_NAME = re.compile(r"/\s*(ha|(?:1\s+)?vạn dân|10\.000 dân)\s*$", re.IGNORECASE)


def _flags(measure: Measure, chosen: Value, text: str, low_text: str) -> None:
    if chosen.doubtful_decimal:
        measure.doubts.append(coded("doubt.dot_decimal"))
    if chosen.approximate:
        measure.doubts.append(coded("doubt.approximate"))
    words = chosen.words.lower()
    if words in FLOOR_WORDS:
        measure.notes.append(coded("doubt.floor", words=chosen.words))
    elif words in CEILING_WORDS:
        measure.notes.append(coded("doubt.ceiling", words=chosen.words))
    if re.match(r"\s*(?:[-–+•]\s*)?trong đó\b", low_text):  # of the row or of its label
        measure.notes.append(coded("doubt.of_which"))


def _criteria(measure: Measure, low_text: str) -> list[Measure]:
    text = measure.text
    criteria = CRITERIA.search(text)
    if criteria and "tai nạn giao thông" in low_text and criteria.group(1) == "3":
        base = measure.name
        base = re.sub(r"\s*(?:cả|đủ)?\s*3\s+tiêu chí.*$", "", base, flags=re.IGNORECASE)
        return [
            Measure(
                **{
                    **measure.__dict__,
                    "name": f"{base}: {c}",
                    "doubts": list(measure.doubts),
                    "notes": list(measure.notes),
                    "unparsed": list(measure.unparsed),
                }
            )
            for c in TRAFFIC_CRITERIA
        ]
    if criteria:
        measure.doubts.append(coded("doubt.criteria", n=criteria.group(1)))
    return [measure]


def _without_value(text: str, context: str, default_end: int | None) -> list[Measure]:
    """A clause with no figure: "không còn hộ nghèo" is zero at most; else qualitative."""
    end_match = END_YEAR.search(text) or END_YEAR.search(context)
    end = int(end_match.group(1)) if end_match else default_end
    yearly = re.search(EACH_YEAR, f"{context} {text}", re.IGNORECASE)
    zeros = [
        Measure(
            name=name,
            text=text,
            kind=Kind.EVERY_YEAR if yearly else Kind.LEVEL_AT_END,
            comparator=Comparator.LE,
            high=Decimal(0),
            unit=noun,
            end_year=end,
            notes=[coded("doubt.no_more")],
        )
        for name, noun in no_more_names(text)
    ]
    rank = RANKING.search(text)  # "Chỉ số PAPI thuộc nhóm khá trở lên": named before the rank
    named = text[: rank.start()] if rank else text
    return zeros or [
        Measure(
            name=plain_name(named) or capital(named),
            text=text,
            kind=Kind.OTHER,
            doubts=[coded("doubt.rank" if rank else "doubt.qualitative")],
        )
    ]


__all__ = ["Measure", "find_values", "read_measure", "value_starts"]
