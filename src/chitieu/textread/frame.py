"""The plan's frame as the text gives it: title, area, term."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chitieu.problems import Message, coded
from chitieu.textread.items import normalize, squash
from chitieu.textread.layouts import UPPER
from chitieu.textread.lines import lines_of
from chitieu.textread.pages import PAGE_TAIL


@dataclass
class Frame:
    """What the text says about the plan itself."""

    title: str = ""
    area_name: str = ""
    area_code: str = ""
    baseline_year: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    congress: str = ""  # the roman numeral of "lần thứ XVII"
    first_line: str = ""  # a press article's headline: its title when it names no resolution
    doubts: list[Message] = field(default_factory=list)


# Capital letters only: the range À-Ỹ of the old class holds the small letters too (đ, ạ …)
AREA = re.compile(
    # "Huyện Bắc Sơn phấn đấu …" opens a sentence; "Xã Hội" in a title-case heading is no unit
    r"\b([Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã(?! Hội\b)|[Pp]hường|[Tt]hị trấn"
    # "HĐND TP.Vũng Tàu", "TX. Hương Thủy"; not over a blank line ("… UBND huyện" / "" / "Tại …")
    r"|TP\.?|TX\.?)(?:[ \t]*\n?[ \t]*(?<=\s)(?!\n)|(?<=\.))"
    # ("quận Tân Bình TP. Hồ Chí Minh": the next unit's abbreviation ends the name)
    rf"((?:[{UPPER}][\wÀ-ỹ]*)(?:[ \t]*-[ \t]*|[ \t]+)?"
    rf"(?:(?!(?:TP|TX)\b)[{UPPER}][\wÀ-ỹ]*(?:[ \t]+|(?!\w)))*)",
)
# "Huyện ủy Tây Giang", "Tỉnh ủy Lào Cai": the party committee's name says the level
COMMITTEE = re.compile(
    r"\b(Tỉnh|Huyện|Quận|Thị|Thành) (?:ủy|uỷ|uy)\s+"
    rf"((?:[{UPPER}][\wÀ-ỹ]*)(?:[ \t]+[{UPPER}][\wÀ-ỹ]*)*)"
)
COMMITTEE_LEVEL = {"tỉnh": "tỉnh", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
COMMITTEE_LEVEL["thành"] = "thành phố"
# The same in capitals ("ĐẢNG BỘ HUYỆN NHƯ XUÂN LẦN THỨ XXVI"): the name stops at these words
AREA_CAPS = re.compile(
    r"\b(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ(?! HỘI)|PHƯỜNG|THỊ TRẤN)\s+"
    # whole words only: "HUYỆN ĐẦM HÀ Độc lập …" (a header's two columns) ends at "HÀ"
    rf"((?:(?!(?:LẦN|NHIỆM|KHÓA|KHOÁ|KỲ|GIAI|NĂM|THỨ|TẠI|VỀ|ĐẾN|KHÓA)\b)[{UPPER}]+(?!\w) ?){{1,4}})"
)
# Wards and urban districts named by a number ("Đảng bộ Phường 11, TP. Vũng Tàu")
NUMBERED = re.compile(r"\b([Pp]hường|[Qq]uận)\s+(\d{1,2})(?![\d/.,]\d)")
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
TERM = re.compile(
    r"(nhiệm kỳ|giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)", re.IGNORECASE
)


ABBREVIATED = {"tp": "thành phố", "tx": "thị xã"}
LEVEL_WORDS = {"tỉnh", "thành", "huyện", "thị", "quận", "xã", "phường"}
LEVELS = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh"]


def _named(text: str, pattern: re.Pattern[str] = AREA) -> re.Match[str] | None:
    """The first unit named in ``text`` whose name is no acronym ("xã NTM" is a kind)."""
    for m in pattern.finditer(text):
        name = m.group(2).strip(" ,.-")
        if not (name.isupper() and len(name) <= 4):
            return m
    return None


# "ủy" and "uỷ": the tone mark's two accepted places
BODY = (
    r"(?:Đảng bộ|Đảng (?:ủy|uỷ|uy)|Ban Chấp hành Đảng bộ|HĐND|UBND|Hội đồng nhân dân"
    r"|(?:Ủy|Uỷ) ban nhân dân)"
)


# "Đảng bộ phường Phú An": the unit whose body speaks, before any other named; and first of
# all the one whose congress it is (a guest's "Phó Chủ tịch UBND tỉnh Gia Lai" comes earlier)
def _led(lead: str, unit: re.Pattern[str]) -> re.Pattern[str]:
    """``unit`` (a pattern opening on a word boundary) right after the words ``lead``."""
    return re.compile(rf"\b{lead}\s+(?:{unit.pattern.removeprefix(chr(92) + 'b')})")


BODY_AREA = _led(BODY, AREA)
CONGRESS_AREA = _led(r"Đại hội(?:\s+đại biểu)?", BODY_AREA)
BODY_NUMBERED = _led(BODY, NUMBERED)
# "Đảng bộ huyện nhiệm kỳ …": a body named by its level alone
LEVEL_ONLY = re.compile(
    rf"\b{BODY}\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\b(?![ \t]+[{UPPER}])"
)
# "Đảng bộ Tây Giang": a body named without its level
NAME_ONLY = re.compile(rf"\b{BODY}\s+((?:[{UPPER}][\wÀ-ỹ]*)(?:[ \t]+[{UPPER}][\wÀ-ỹ]*)*)")


def _area(title: str, head: str, headline: str = "") -> tuple[str, str] | None:
    """The area's level and name: as written with its level ("huyện Như Xuân"), in
    capitals, after its party committee ("Huyện ủy Tây Giang"), or without its level where
    the text makes the level clear."""
    # whose congress, whose body speaks, the unit a headline opens on ("Phường Bình Thuận
    # (tỉnh Tuyên Quang) kỳ vọng …", before a guest's "HĐND tỉnh Tuyên Quang"), in that order
    area = _named(title, CONGRESS_AREA) or BODY_NUMBERED.search(title)
    opening = AREA.match(headline)
    opening = opening if opening and _named(opening.group()) else None  # not "TP.HCM: …"
    area = area or _named(title, BODY_AREA) or _named(title) or opening
    area = area or _named(head[:1500], CONGRESS_AREA) or BODY_NUMBERED.search(head[:1500])
    area = area or _named(head[:1500], BODY_AREA)
    area = area or _named(head) or _most_local(head[:1500])
    area = area or NUMBERED.search(title) or NUMBERED.search(head[:1500])
    if area:
        level = area.group(1).lower().rstrip(".")
        return ABBREVIATED.get(level, level), area.group(2).strip(" ,.-")
    committee = COMMITTEE.search(head)
    if committee:
        return COMMITTEE_LEVEL[committee.group(1).lower()], committee.group(2).strip(" ,.-")
    return _unnamed_level(head)


def _unnamed_level(head: str) -> tuple[str, str] | None:
    """ "Đảng bộ Tây Giang" in a text that elsewhere speaks of "Đảng bộ huyện" and of no
    other level: the area is the district Tây Giang. A text that names two levels so, or
    none, leaves the area to the review."""
    levels = {m.group(1) for m in LEVEL_ONLY.finditer(head)}
    name = NAME_ONLY.search(head)
    if len(levels) != 1 or name is None or name.group(1).split()[0].lower() in LEVEL_WORDS:
        return None
    return levels.pop(), name.group(1).strip(" ,.-")


def _most_local(head: str) -> re.Match[str] | None:
    """The most local unit a header in capitals names ("ĐẢNG BỘ TỈNH THANH HÓA / ĐẢNG BỘ
    HUYỆN NHƯ XUÂN" is the district's resolution)."""
    found = list(AREA_CAPS.finditer(head))
    return min(found, key=lambda m: LEVELS.index(m.group(1).lower()), default=None)


def _title_only(line: str) -> str:
    term = TERM.search(line)
    return line[: term.end()] if term and len(line) > term.end() + 20 else line


# "Nghị quyết đề ra 14 chỉ tiêu chủ yếu, trong đó …": a sentence about the resolution
SAYS = re.compile(r"nghị quyết\s+(?:đã\s+)?(?:đề ra|đặt ra|xác định|nêu|nhấn mạnh|chỉ rõ)\b", re.I)
DOCUMENT_TYPE = re.compile(r"nghị quyết|kế hoạch|chương trình(?: hành động)?", re.IGNORECASE)
NAMED_RESOLUTION = re.compile(r"\bNghị quyết\s+(?:Đại hội|kỳ họp)\b", re.IGNORECASE)


# A sentence that opens with the resolution's name, its term within reach (not one that
# names it after "thông qua": read as the title, it lowered the held-out gate)
_NAMED_SENTENCE = re.compile(
    r"(?:^|(?<=[.:]\s))"
    rf"\s*(Nghị quyết\s+(?:Đại hội|kỳ họp)\b[^.;:]{{0,200}}?{TERM.pattern})",
    re.IGNORECASE,
)


def _named_in_sentence(line: str) -> str:
    """The resolution's name where a sentence opens with it, naming an area, up to its term."""
    m = _NAMED_SENTENCE.search(line)
    return m.group(1) if m and _named(m.group(1)) else ""


def _headline(line: str) -> str:
    """A page's first line, up to the term that ends its heading when the text runs on after
    it ("Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …")."""
    term = re.search(TERM.pattern + r"(?:\s*\))?", line, re.IGNORECASE)
    if term and re.match(rf"\s+[{UPPER}]", line[term.end() :]) and len(line) > term.end() + 20:
        return line[: term.end()].strip()
    # "… làm Bí thư xã Hóc Môn 19/08/2025 17:08": the page's date and time is no title
    line = _STAMP.sub("", line)
    # a lead that runs on: its first sentence, as the labelling guide reads a headline
    for end in _FIRST_SENTENCE_END.finditer(line):
        if not _WORD.search(line, 0, end.start()):  # "4.1.2. Mục tiêu …": a marker
            continue
        if not _ABBREVIATION.search(line, 0, end.start()):  # "TP. Vũng Tàu" goes on
            # "Các chỉ tiêu … năm 2018 1. Tăng trưởng …": the heading ends before its list's "1."
            first_item = _FIRST_MARKER.search(line, 0, end.start())
            return line[: first_item.start() if first_item else end.start() + 1].strip()
    return line[:MAX_TITLE]


MAX_TITLE = 500
_FIRST_MARKER = re.compile(r"\s+1$")
# (not a date the headline gives: "… giữa nhiệm kỳ (ngày 13/05/1994)")
_STAMP = re.compile(r"(?<!ngày)\s+\(?\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\)?\s*$")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:TP|Tp|TX|Tx|TT|Tt|ThS|TS|GS|PGS|BS|Q|P|H)$")
_WORD = re.compile(r"[^\W\d_]")
# "… nhiệm kỳ 2025-2030. Đồng chí …": a sentence may end on a number
_FIRST_SENTENCE_END = re.compile(rf"(?<=\S)[.!?](?=\s+[{UPPER}])")


# A page's lines around its headline: a breadcrumb ("Trang chủ › Thời sự"), when it was
# posted or seen ("Cập nhật lúc 14:32, Thứ Hai, 03/08/2020", "Ngày đăng: …", "Lượt xem"),
# the share buttons
PAGE_LINE = re.compile(
    r"[›»]|\s>\s|^\s*(?:trang chủ|cập nhật|ngày đăng|đăng ngày|lượt xem|chia sẻ)\b"
    # the site's own name ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …", "HUYỆN … - TRANG THÔNG TIN ĐIỆN TỬ",
    # "Báo Phú Thọ điện tử", "Sóc Trăng Online"), its menu ("Giới thiệu | Tin tức | …") and
    # its tools ("[Cỡ chữ: Nhỏ | Vừa | Lớn]", "Số lượt xem: 412")
    r"|(?:cổng|trang)\s+thông\s+tin\s+điện\s+tử\b|^\s*báo\b[^.:;]{0,40}\bđiện\s+tử\s*$"
    r"|\bonline\s*$|\s\|\s.*\s\|\s|cỡ chữ|^\s*số lượt xem\b"
    # the page's date: "Thứ Năm, 23/12/2021 - 16:30 (GMT+7)"
    r"|^\s*(?:thứ\s+[^\W\d_]+|chủ nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{4}",
    re.IGNORECASE,
)


def headline_index(lines: list[str]) -> int | None:
    """Which of a page's lines is its headline: the first with three words that is none
    of the page's own lines (:data:`PAGE_LINE`)."""
    for k, line in enumerate(lines):
        if len(re.findall(r"[^\W\d_]{2,}", line)) >= 3 and not PAGE_LINE.search(line):
            return k
    return None


def read_frame(text: str, provinces: dict[str, str], heading: str = "") -> Frame:
    frame = Frame()
    lines = [squash(normalize(ln)) for ln in lines_of(text)[:40]]
    # a running header amid the list ("… 50%." / "Nghị quyết Đại hội … nhiệm kỳ 2025 -
    # 2030" / "11. …") is no title, though it names the resolution as the title does
    head = squash(normalize(heading))
    listed = next((k + 1 for k, ln in enumerate(lines) if head and ln == head), len(lines))
    # a formal document's type on a line of its own ("NGHỊ QUYẾT"), its subject on the next
    typed = [i for i, ln in enumerate(lines) if DOCUMENT_TYPE.fullmatch(ln)]
    # a press article's headline: its first line with words (not "19/12/2016 - 21:06")
    first = headline_index(lines)
    frame.first_line = _headline(lines[first]) if first is not None else ""
    titles = [
        ln
        for ln in lines[:listed]
        if re.match(r"nghị quyết\b", ln, re.IGNORECASE)
        and re.search(r"đại hội|kỳ họp|nhiệm kỳ|giai đoạn", ln, re.IGNORECASE)
        and not SAYS.match(ln)
        # "Nghị quyết này đã được Hội đồng nhân dân … kỳ họp thứ tư thông qua": its closing
        and not re.match(r"nghị quyết này\b", ln, re.IGNORECASE)
        and not PAGE_TAIL.search(ln)  # "Nghị quyết Đại hội … - Trang 2": a page's footer
    ]
    # "Quán triệt, triển khai Nghị quyết Đại hội … xã Vĩnh Lộc …, nhiệm kỳ 2025-2030": a
    # headline naming the resolution of a body and its area
    inside = NAMED_RESOLUTION.search(frame.first_line)
    if not titles and inside and _named(frame.first_line[inside.start() :]):
        titles = [frame.first_line[inside.start() :]]
    if not titles:  # "… đã thành công tốt đẹp. Nghị quyết Đại hội … nhiệm kỳ 2025 – 2030 xác định"
        start = first or 0
        said = next(
            ((k, t) for k, ln in enumerate(lines[start:], start) if (t := _named_in_sentence(ln))),
            None,
        )
        # (one amid the list, a running header, gives way to a formal title in capitals)
        typed_first = bool(typed) and typed[0] < listed
        titles = [said[1]] if said and not (said[0] >= listed and typed_first) else []
    # a title inside a press summary's sentence ends with its term
    titles = [_title_only(t) for t in titles]
    mixed = [t for t in titles if not t.isupper()]
    if mixed:
        frame.title = mixed[0]
    elif titles:
        frame.title = titles[0]
    else:
        # a formal document's type on a line of its own, its subject on the next: joined,
        # in the text's case ("NGHỊ QUYẾT Về Kế hoạch …", "KẾ HOẠCH Cải cách hành chính …")
        if typed and typed[0] + 1 < len(lines):
            frame.title = f"{lines[typed[0]]} {lines[typed[0] + 1]}"
            # "NGHỊ QUYẾT / ĐẠI HỘI ĐẢNG BỘ XÃ … LẦN THỨ XXV / NHIỆM KỲ 2020 - 2025": its term
            after = lines[typed[0] + 2] if typed[0] + 2 < len(lines) else ""
            if _TERM_LINE.fullmatch(after):
                frame.title = f"{frame.title} {after}"
            frame.doubts.append(coded("doubt.title_capitals"))
    if not frame.title:  # the plan is then named by the page's headline, if it has one
        frame.doubts.append(coded("doubt.title_headline" if frame.first_line else "doubt.no_title"))
    source = frame.title + " " + text[:3000]
    head = normalize(text[:3000])
    found = _area(frame.title, head, frame.first_line)
    if found:
        kind, name = found
        if name.isupper():
            name = name.title()
        frame.area_name = f"{kind[:1].upper()}{kind[1:]} {name}"
        # only provinces and centrally-run cities carry a province code
        central = kind == "thành phố" and name in CENTRAL_CITIES
        frame.area_code = provinces.get(name, "") if kind == "tỉnh" or central else ""
    if not frame.area_code:
        frame.doubts.append(coded("doubt.area_code"))
    congress = re.search(r"lần thứ\s+([IVXLC]+)\b", source)
    frame.congress = congress.group(1) if congress else ""
    _read_term(frame, source, text, f"{frame.first_line} {heading}", heading)
    return frame


_TERM_LINE = re.compile(r"\(?(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[–-]\s*\d{4}\)?", re.IGNORECASE)


# "Kế hoạch … năm 2022", "các chỉ tiêu nhiệm vụ … năm 2021", "triển khai nhiệm vụ năm 2021":
# a year's plan; the latest year named so is the plan's (the year before is reported on)
YEAR_PLAN = re.compile(
    # "tăng 2,5% so với kế hoạch năm 2014", "vượt kế hoạch năm 2014": a result against it
    r"(?<!so với )(?<!vượt )(?<!đạt )"
    # "Chỉ tiêu | ĐVT | Thực hiện năm 2020 | Mục tiêu …": a table's results column
    r"(?:kế hoạch|chỉ tiêu|nhiệm vụ|phương án)[^.\n]{0,80}?(?<!đến )(?<!tới )(?<!thực hiện )"
    r"năm\s+((?:19|20)\d\d)\b(?!\s*[–-])",
    re.IGNORECASE,
)

# "Năm 2019, tỉnh Long An đề ra 26 chỉ tiêu …": the year named before the targets it sets
YEAR_SET = re.compile(
    r"\bnăm\s+((?:19|20)\d\d)\b(?!\s*[–-])[^.\n]{0,80}?\b(?:đề ra|đặt ra|xác định|giao)\b"
    r"[^.\n]{0,30}?\bchỉ tiêu",
    re.IGNORECASE,
)
# "Năm 2022, Phú Bình phấn đấu …" ("Nam" misprinted too): a sentence's opening year, when
# nothing else dates the targets
YEAR_STRIVE = re.compile(
    # "UBND huyện cho biết, năm 2019, huyện phấn đấu …": after a comma too
    r"(?:^|(?<=[.\n])\s*|(?<=[,–-])\s*)(?:Năm|Nam|năm)\s+((?:19|20)\d\d)\s*,[^.\n,]{0,60}?"
    r"\b(?:phấn đấu|đặt mục tiêu|đặt ra mục tiêu|đề ra mục tiêu)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _strives_for(text: str, year: int) -> bool:
    return any(int(m.group(1)) == year for m in YEAR_STRIVE.finditer(text))


def _council_term(term: re.Match[str]) -> bool:
    """A people's council's term ("nhiệm kỳ 2021-2026"): five years ending in 1 or 6, which
    no party term nor five-year plan does."""
    first, last = int(term.group(2)), int(term.group(3))
    return last - first == 5 and last % 5 == 1


def _plan_term(text: str) -> re.Match[str] | None:
    """The first term named, a party's or a plan's before a council's, and one looked back
    on ("Kết thúc nhiệm kỳ 2015 – 2020, …", "nhiệm kỳ 2015-2020 vừa qua") last."""
    # (a plan's "5 năm 2021 - 2025" only where the text names no term or period)
    terms = sorted(
        _PLAN_TERM.finditer(text),
        key=lambda t: (_looked_back_on(text, t), t.group(1).lower() == "5 năm"),
    )
    return next((t for t in terms if not _council_term(t)), terms[0] if terms else None)


# a plan's five years name its term too ("kế hoạch phát triển kinh tế - xã hội 5 năm 2021 -
# 2025"), as a term or a period does
_PLAN_TERM = re.compile(
    r"(nhiệm kỳ|giai đoạn|thời kỳ|5 năm)\s+((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)", re.I
)
_BACK = re.compile(r"(?:kết thúc|tổng kết|nhìn lại|đánh giá|kết quả)\s+(?:[^\s.;]+\s+){0,6}$", re.I)
# "nhiệm kỳ 2015-2020 vừa qua", "Nhiệm kỳ 2020 -2025, kinh tế … đạt nhiều kết quả nổi bật"
_BEHIND = re.compile(
    r"\s*,?\s*(?:vừa\s+)?qua\b"
    r"|[^.;]{0,100}?\b(?:đạt nhiều kết quả|đạt được|đã đạt|thành tựu|đạt và vượt|ước đạt)",
    re.IGNORECASE,
)


def _looked_back_on(text: str, term: re.Match[str]) -> bool:
    start = max(0, term.start() - 60)
    return bool(_BACK.search(text, start, term.start()) or _BEHIND.match(text, term.end()))


# "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024 là:": the words that lead into the targets
YEAR_LEAD = re.compile(
    r"\bchỉ tiêu[^.:;\n]{0,80}?\bnăm\s+((?:19|20)\d\d)\b(?!\s*[–-])\s*(?:là\s*)?:",
    re.IGNORECASE,
)
TERM_LEAD = re.compile(
    r"\bchỉ tiêu[^.:;\n]{0,80}?\b(?:nhiệm kỳ|giai đoạn|thời kỳ|đến năm|5 năm)\b[^.:;\n]{0,30}:",
    re.IGNORECASE,
)


_ENDS_TERM = re.compile(
    r"(?:mục tiêu|chỉ tiêu)[^|\t]{0,20}?(?:đến|tới)\s+năm\s+(?:19|20)\d\d", re.I
)


def _read_term(frame: Frame, source: str, text: str, heading: str, list_heading: str) -> None:
    plain = normalize(source)
    term = _plan_term(plain) or _plan_term(normalize(text))
    plans = [*YEAR_PLAN.finditer(plain), *YEAR_SET.finditer(plain)]
    year_plan = max(plans, key=lambda m: int(m.group(1)), default=None)
    if term and term.group(1).lower() == "5 năm" and year_plan and not _ENDS_TERM.search(heading):
        # "… năm 2016, năm đầu thực hiện kế hoạch 5 năm 2016 - 2020": the year's plan, unless
        # the list is led in to the term's end ("Các chỉ tiêu chủ yếu đến năm 2025: …")
        term = None
    if term and _council_term(term) and year_plan:
        # "HĐND phường khóa I, nhiệm kỳ 2021-2026 … nhiệm vụ 6 tháng cuối năm 2025": the
        # council's term is no plan's period; the year's plan is the text's
        term = None
    # (unless the header also sets the term's end: "Mục tiêu đến năm 2025 | Kế hoạch năm 2021")
    if (
        term
        and YEAR_PLAN.search(heading)
        and not TERM.search(heading)
        and not _ENDS_TERM.search(heading)
    ):
        # "Các chỉ tiêu … chủ yếu trong năm 2021" over a table whose rows name a standard
        # "giai đoạn 2016 – 2020": the headline's year plan wins
        term = None
        year_plan = max(YEAR_PLAN.finditer(heading), key=lambda m: int(m.group(1)))
    elif term and year_plan and _strives_for(plain, int(year_plan.group(1))):
        # "… phương hướng nhiệm vụ năm 2021. … Năm 2021, huyện phấn đấu …" beside a "giai
        # đoạn 2021 - 2025" of another plan: the year's targets, said twice
        term = None
    elif (
        term
        and (lead := YEAR_LEAD.search(plain))
        and not TERM_LEAD.search(plain)
        and not _later_list(plain, list_heading, lead)
    ):
        # "Các chỉ tiêu … chủ yếu năm 2024 là: …" in a text that also names the five-year
        # plan it serves: the targets are the year's
        term, year_plan = None, lead
    if term:
        first, last = int(term.group(2)), int(term.group(3))
        # a term is voted in its first year and counts the next ones ("giai đoạn 2025-2030"
        # spans a term too); a plan "giai đoạn 2021-2025" counts its five years
        if term.group(1).lower() == "nhiệm kỳ" or last - first == 5:
            frame.baseline_year, frame.start_year = first, first + 1
        else:
            frame.baseline_year, frame.start_year = first - 1, first
        frame.end_year = last
    elif year_plan:  # "Kế hoạch phát triển kinh tế - xã hội năm 2022": a single year's plan
        year = int(year_plan.group(1))
        frame.baseline_year, frame.start_year, frame.end_year = year - 1, year, year
    elif span := _bare_term(normalize(source)):  # "bình quân 5 năm (2021-2025)"
        first, last = span
        frame.baseline_year, frame.start_year = (
            (first, first + 1)
            if last - first == 5
            else (
                first - 1,
                first,
            )
        )
        frame.end_year = last
        frame.doubts.append(coded("doubt.term_inferred"))
    else:
        end = re.search(r"(?:đến|tới)\s+(?:năm\s+)?((?:19|20)\d\d)", heading + " " + source)
        if end:
            frame.end_year = int(end.group(1))
            frame.start_year, frame.baseline_year = frame.end_year - 4, frame.end_year - 5
            frame.doubts.append(coded("doubt.term_inferred"))
        elif strive := YEAR_STRIVE.search(plain):
            year = int(strive.group(1))
            frame.baseline_year, frame.start_year, frame.end_year = year - 1, year, year
        else:
            frame.doubts.append(coded("doubt.no_term"))


def _later_list(plain: str, heading: str, lead: re.Match[str]) -> bool:
    """Whether a year's lead ("Chỉ tiêu năm 2021: …") comes after the main list's heading,
    which names no year ("III. CÁC CHỈ TIÊU CHỦ YẾU"): a further list beside the term's."""
    at = plain.find(heading) if heading else -1
    return 0 <= at < lead.start() and not re.search(r"(?:19|20)\d\d", heading)


BARE_TERM = re.compile(r"\(\s*((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)\s*\)")


def _bare_term(text: str) -> tuple[int, int] | None:
    """A term written as years alone in parentheses, five years long: "(2021-2025)"."""
    for m in BARE_TERM.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if last - first in (4, 5):
            return first, last
    return None
