"""Layouts besides one numbered item per line.

- A list run inline in one paragraph is cut into lines by :mod:`chitieu.textread.inline`.
- A group heading takes any form: "Về kinh tế:", "* Về kinh tế", "2.1. Về kinh tế",
  "I. VỀ KINH TẾ (9 chỉ tiêu)", "A. CHỈ TIÊU KINH TẾ".
- A table row keeps its cells apart (" | "); a header naming a result column ("Thực hiện
  2020") and a target column ("Mục tiêu 2025") says which cell holds the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chitieu.targets.model import Group

UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper())
# Lower case, spelt out: the range "à-ỹ" holds capitals too ("Ả", "Đ")
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.islower())
GROUP_HEADING = re.compile(
    r"^\s*(?:[IVX]{1,5}(?:[.)]|\s?[-–](?=\s))|[A-Z][.)]|\d{1,2}(?:\.\d{1,2})*[.)/]?|[a-zđ]\)|[-–•+*])?\s*"
    r"(?P<label>(?:về|lĩnh vực|nhóm(?:\s+chỉ tiêu)?(?:\s+về)?|(?:các\s+)?chỉ tiêu(?:\s+về)?)"
    r"\s+[^:;.\d]{2,70}?|[" + UPPER + r"][" + UPPER + r" ,–-]{2,60}?)"
    r"\s*(?:\(\s*\d+\s*chỉ tiêu\s*\))?\s*:?\s*$",
    re.IGNORECASE,
)
GROUP_WORDS = [
    ("xây dựng đảng", Group.PARTY_BUILDING),
    ("hệ thống chính trị", Group.PARTY_BUILDING),
    ("đảng", Group.PARTY_BUILDING),
    ("quốc phòng", Group.DEFENCE_SECURITY),
    ("an ninh", Group.DEFENCE_SECURITY),
    ("môi trường", Group.ENVIRONMENT),
    ("tài nguyên", Group.ENVIRONMENT),
    ("kinh tế", Group.ECONOMY),
    ("văn hóa", Group.SOCIETY),
    ("văn hoá", Group.SOCIETY),
    ("xã hội", Group.SOCIETY),
    ("y tế", Group.SOCIETY),
    ("giáo dục", Group.SOCIETY),
]
# Headings of a list that do not say "chỉ tiêu": "Mục tiêu cụ thể", "*. Mục tiêu đến năm
# 2020", "Tầm nhìn đến năm 2030:" (a line of its own, not a sentence).
AIM_HEADING = re.compile(
    r"mục\s+tiêu\s+(?:cụ\s+thể|(?:phấn đấu\s+)?(?:(?:đến|tới)\s+)?năm\s+\d{4})"
    r"|(?:tầm\s+nhìn|định\s+hướng|phấn\s+đấu)\s+(?:đến|tới)\s+năm\s+\d{4}"
    # "Phương hướng, mục tiêu, nhiệm vụ đến năm 2020": two or three of these words together
    r"|(?:phương\s+hướng|mục\s+tiêu|nhiệm\s+vụ)(?:\s*(?:,|và)\s*(?:phương\s+hướng|mục\s+tiêu"
    r"|nhiệm\s+vụ))+\s+(?:(?:đến|tới)\s+)?năm\s+\d{4}"
    # "b) Đến năm 2030:": the year alone heads a list (the 2025 list's above it)
    r"|^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,4}\.|[-–+*•])?\s*(?:đến|tới)\s+năm\s+\d{4}\s*:?\s*$",
    re.IGNORECASE,
)


def aim_heading(line: str) -> bool:
    """A heading of aims standing alone ("Tầm nhìn đến năm 2030:"), not a sentence or an
    item that mentions an aim."""
    if not AIM_HEADING.search(line):
        return False
    text = line.strip()
    body = YEAR.sub("", re.sub(r"^[\s\dIVX.)*+•–-]+", "", text))
    return len(text) <= 150 and text[-1:] not in (".", ";", ",") and not re.search(r"\d", body)


# A year written in full: no figure of a target ("đến năm 2030"); a year or a span of years
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Để đạt được các mục tiêu trên, …": how the list is to be reached, which follows it
HOW_REACHED = r"Để\s+(?:đạt|thực hiện|hoàn thành|triển khai)\b"
YEAR_SPAN = r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?"
CELL = " | "
# Where a list's section ends: the next part's numeral, a decision's article, the signature
SECTION_END = re.compile(
    r"^\s*(?:[IVX]{1,5}\s*[.)-]|\d{1,2}\.\d{1,2}\.(?!\d)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)"
    r" là\b|T/M\b|Nơi nhận|Điều\s+\d{1,2}\s*[.:]|Ghi chú\s*:|Chú thích\s*:"
    rf"|{HOW_REACHED})",
)

# A numbered decision after the list: how it is to be reached, or who is charged with it
AFTER_LIST = re.compile(
    # "3. Nhiệm vụ, giải pháp chủ yếu: …" after the targets: the tasks
    rf"\s*(?:{HOW_REACHED}|(?:Các\s+)?(?:nhiệm vụ|Nhiệm vụ)(?:,|\s+và)\s+giải pháp\b"
    r"|Giao\s+(?:cho\s+)?(?:Ban|(?:Ủy|Uỷ) ban|UBND|Thường trực"
    r"|(?:Đảng|Huyện|Tỉnh|Thành) (?:ủy|uỷ))\b"
    # "4. Đại hội xác định 3 khâu đột phá: (1) …": the breakthroughs, tasks of their own
    r"|[^:\n]{0,60}?\b(?:khâu đột phá|đột phá chiến lược)\b)"
)
# A table's header cells: the plan's column, the results' and the unit's
TARGET_COLUMN = re.compile(
    r"mục tiêu|kế hoạch|phấn đấu|dự kiến|đến năm|nhiệm kỳ|giai đoạn"
    r"|(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d"
    r"|năm\s+20\d\d|^\s*20\d\d\s*$|(?-i:\bKH\b)|chỉ tiêu\s+(?:năm\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)
# "TH 2020", "Ước TH": thực hiện, abbreviated as tables print it (and "KH 2021": kế hoạch)
RESULT_COLUMN = re.compile(r"thực hiện|\bước\b|kết quả|đạt được|đã đạt|(?-i:\bTH\b)", re.IGNORECASE)
UNIT_COLUMN = re.compile(r"^\s*(?:đơn vị(?: tính)?|đvt)\s*$", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"^[\s<>≥≤~]*\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?\s*%?\s*$")


def group_of(label: str) -> Group | None:
    low = label.lower()
    for words, group in GROUP_WORDS:
        if words in low:
            return group
    return None


# A group heading without "Về": its label is only group words ("Kinh tế", "Văn hoá – xã
# hội", "An ninh - quốc phòng", "Giáo dục"), nothing else that could start a target
_PLAIN_GROUP = re.compile(
    r"(?:(?:kinh tế|văn h(?:óa|oá|oa)|xã hội|giáo dục|y tế|quốc phòng|an ninh|môi trường|tài nguyên"
    r"|xây dựng đảng|hệ thống chính trị|nông nghiệp|ngân sách|lao động|trật tự)"
    r"(?:\s*(?:[-–,]|và)\s*|\s*$))+",
    re.IGNORECASE,
)


# The heading of the key programmes, works or breakthroughs after the targets: tasks
TASKS_HEADING = re.compile(
    r"\s*(?:các\s+)?(?:chương trình|công trình|dự án|khâu|nhiệm vụ)\b[^\d.;:]{0,40}?"
    r"\b(?:trọng điểm|đột phá|trọng tâm)\b[^\d.;]{0,20}:?\s*$",
    re.IGNORECASE,
)


# "a) Mục tiêu" then "b) Nhiệm vụ" under each field of a plan ("1. Cải cách thể chế"): the
# first heads the field's targets, the second its tasks, which are none. Lettered only: a
# numbered "3. Nhiệm vụ trọng tâm" after the list is the key tasks' heading, which ends it
# (TASKS_HEADING), and the list must not go on after it.
_SUB_LIST = re.compile(
    r"^\s*[a-zđ]\)\s*(?:(?P<targets>(?:các\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)"
    r"(?:\s+cụ\s+thể)?)|(?:các\s+)?(?:nhiệm\s+vụ|giải\s+pháp)(?:\s*(?:,|và)\s*(?:nhiệm\s+vụ|giải\s+pháp))?"
    r"(?:\s+(?:chủ\s+yếu|trọng\s+tâm))?)\s*:?\s*$",
    re.IGNORECASE,
)


def sub_list(line: str) -> str | None:
    """ "targets" for "a) Mục tiêu", "tasks" for "b) Nhiệm vụ, giải pháp"; else None."""
    m = _SUB_LIST.match(line)
    if m is None:
        return None
    return "targets" if m.group("targets") else "tasks"


# "QUẢNG ĐIỀN: NỖ LỰC HOÀN THÀNH VƯỢT MỨC CHỈ TIÊU KINH TẾ - XÃ HỘI": what a press
# headline says and a group heading never does
_STRIVING = re.compile(r"\b(?:NỖ LỰC|HOÀN THÀNH|VƯỢT|PHẤN ĐẤU|QUYẾT TÂM|ĐẠT)\b")


def bare_heading(text: str) -> bool:
    """A few words without a figure or an end mark: a heading ("Quản lý đô thị")."""
    words = text.split()
    return 0 < len(words) <= 6 and not re.search(r"\d", text) and text.rstrip()[-1:] not in ".;,!?"


def heading_group(line: str) -> Group | None:
    """The group a line names when the whole line is a group heading, else None."""
    if len(line) > 120:
        return None
    m = GROUP_HEADING.match(line)
    if not m:
        return None
    label = m.group("label")
    cued = re.match(r"(?:về|lĩnh vực|nhóm|các chỉ tiêu|chỉ tiêu)\s", label, re.IGNORECASE)
    # "I. Kinh tế", "II. Xã hội": a section of a table, named by its group alone; so is
    # "1/ Kinh tế" or a bare "Quốc phòng - an ninh" line over unnumbered sentences
    short = (
        re.match(r"\s*[IVX]{1,4}\.", line) and len(label.split()) <= 5
    ) or _PLAIN_GROUP.fullmatch(label.strip())
    if not cued and not label.isupper() and not short:
        return None
    if label.isupper() and _STRIVING.search(label):  # a headline in capitals, not a group
        return None
    return group_of(label)


STT_CELL = re.compile(r"^\s*(?:stt|tt|số tt)\s*$", re.IGNORECASE)
# A line that starts an item with its marker ("1. ", "4.1.2. ", "(3) ", "a) ", "- Tỷ lệ",
# "*. Mục tiêu", "II. Xã hội", "4- Tổng thu …"); not the figure or the range's dash a wrap
# may put first ("8.300 đến …", "- 2030: từ …", "- 12%; …"), nor a roman numeral's end
# ("XVII) triển khai").
ITEM_START = re.compile(
    r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)/]\s|\d{1,2}\s?[-–]\s*[^\W\d_]|[a-zđ][.)]\s"
    r"|[-–—•+*][.)]?\s*[^\W\d_]"
    r"|(?P<roman>[IVX]{1,5}[.)]\s+)[^\W\d_])"
)


def starts_item(line: str) -> bool:
    """Whether ``line`` starts with an item's marker (:data:`ITEM_START`)."""
    m = ITEM_START.match(line)
    return m is not None and not (m.group("roman") and line[m.end() - 1].islower())


@dataclass(frozen=True)
class Columns:
    """Where a table's target and unit stand, counted from the right of a row."""

    target: int  # 1 for the last cell
    unit: int | None = None
    cells: int = 0  # how many cells a whole row has (without its STT)
    # the same counted from the left (0 for the name's), for a row short of its last cells
    left: tuple[int, int | None] | None = None


def table_header(line: str) -> Columns | None:
    """The columns a header row names, when it tells a target column from result ones."""
    cells = [c.strip() for c in line.strip(" |").split(CELL.strip())]
    if len(cells) < 2 or not any(RESULT_COLUMN.search(c) for c in cells):
        return None
    # "Tốc độ … bình quân (%) 2000 – 2005" beside "Thực hiện 2005": the past period's rate
    done = max(
        (int(y) for c in cells if RESULT_COLUMN.search(c) for y in _YEARS.findall(c)), default=0
    )
    targets = [
        i
        for i, c in enumerate(cells)
        if TARGET_COLUMN.search(c)
        and not RESULT_COLUMN.search(c)
        and i > 0
        and not _past_period(c, done)
    ]
    if not targets:
        return None
    units = [i for i, c in enumerate(cells) if UNIT_COLUMN.match(c)]
    stt = bool(STT_CELL.match(cells[0]))
    left = (targets[0] - stt, units[0] - stt if units else None)
    right = len(cells) - units[0] if units else None
    return Columns(len(cells) - targets[0], right, len(cells) - stt, left)


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD_CELL = re.compile(r"(?:19|20)\d\d\s*[–-]\s*((?:19|20)\d\d)")


def _past_period(cell: str, done: int) -> bool:
    """Whether a column's period ends by the year a result column reports."""
    period = _PERIOD_CELL.search(cell)
    return period is not None and int(period.group(1)) <= done


# A group's row's first cell: "I", "II.", "A" (sections of a table)
GROUP_ROW = re.compile(r"[IVX]{1,4}\.?|[A-D]\.?")


def join_sub_headers(lines: list[str]) -> list[str]:
    """A header row whose last cell spans a second header row ("… | Kế hoạch năm 2024" over
    "Tỉnh giao | Thị xã phấn đấu"): the two rows as one, that cell once per column under it,
    so that a row's cells line up with the header's."""
    out: list[str] = []
    for line in lines:
        above = out[-1] if out else ""
        under = [c.strip() for c in line.strip(" |").split(CELL.strip())]
        if (
            len(under) >= 2
            and CELL in line
            and not re.search(r"\d", line)
            and not GROUP_ROW.fullmatch(under[0])  # "I | CHỈ TIÊU VỀ KINH TẾ": a group's row
            and group_of(line) is None
            and table_header(above) is not None
        ):
            *cells, spanning = [c.strip() for c in above.strip(" |").split(CELL.strip())]
            out[-1] = CELL.join([*cells, *(f"{spanning} {c}" for c in under)])
            continue
        out.append(line)
    return out


def _lower_word(unit: str) -> str:
    """ "Bác sĩ", "Triệu đồng" in a unit column: words in lower case, as units are written;
    symbols and acronyms ("USD", "MW", "kWh") stay as they are."""
    first = unit.split(" ", 1)[0]
    return unit[:1].lower() + unit[1:] if first[1:].islower() and first[:1].isupper() else unit


_EMPTY_CELL = re.compile(r"\s*[-–—x]?\s*")  # a cell with no figure: "", "-", "x"


def row_reading(text: str, columns: Columns | None) -> tuple[str, list[str]]:
    """What to read from a table row: its name, the target's cell and the unit's; and the
    cells of other figures (past results), which are not read."""
    cells = [c.strip() for c in text.split(CELL.strip())]
    if len(cells) < 2:
        return text, []
    figures = [i for i, c in enumerate(cells) if _NUMBER_CELL.match(c)]
    if columns is not None and len(cells) >= columns.cells and columns.target < len(cells):
        target = len(cells) - columns.target
        # "Xã | 2 | - | 3": the first plan's cell left empty, the next plan column sets it
        if _EMPTY_CELL.fullmatch(cells[target]) and target + 1 < len(cells):
            target = next((i for i in range(target + 1, len(cells)) if i in figures), target)
        unit = len(cells) - columns.unit if columns.unit and columns.unit < len(cells) else None
        first = min(target, unit if unit is not None else target)
        # the name's cells: not the results' figures standing before the target's
        names = [
            c
            for i, c in enumerate(cells[:first])
            if i not in figures and not _EMPTY_CELL.fullmatch(c)
        ]
        unit_cell = _lower_word(cells[unit]) if unit else ""
        reading = " ".join([*names, _with_unit(cells[target], unit_cell)])
        return reading.strip(), [cells[i] for i in figures if i != target]
    if columns is not None and (at := _left_target(cells, columns)) is not None:
        # a row short of its last cells (an empty "Ghi chú" lost), whose name, unit and
        # figures stand under their columns from the left
        target, unit = at
        names = [c for i, c in enumerate(cells[:target]) if i not in figures and i != unit]
        unit_cell = _lower_word(cells[unit]) if unit is not None else ""
        reading = " ".join([*names, _with_unit(cells[target], unit_cell)])
        return reading.strip(), [cells[i] for i in figures if i != target]
    if not figures:
        return " ".join(cells), []
    # a row short of cells under a known header: the plan's column comes before the results'
    chosen = figures[0] if columns is not None else figures[-1]
    names = [c for i, c in enumerate(cells) if i not in figures]
    reading = " ".join([*names[:1], cells[chosen], *names[1:2]]).strip()
    return reading, [cells[i] for i in figures if i != chosen]


def _left_target(cells: list[str], columns: Columns) -> tuple[int, int | None] | None:
    """The target's and unit's cells of a row short of cells, counted from the left, when
    its unit's cell is no figure and its target's is one: else None."""
    if columns.left is None:
        return None
    target, unit = columns.left
    if not (unit is not None and unit < target < len(cells) < columns.cells):
        return None
    if _NUMBER_CELL.match(cells[unit]) or not _NUMBER_CELL.match(cells[target]):
        return None
    return target, unit


# "45 trở lên": the figure, then the words after it
_FIGURE_THEN_WORDS = re.compile(r"(.*?\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?\s*%?)\s+(\D+)")


def _with_unit(cell: str, unit: str) -> str:
    """A target's cell with its unit after the figure: "45 trở lên" in "Đảng viên" is "45
    đảng viên trở lên", as a sentence would put it, not "45 trở lên đảng viên"."""
    m = _FIGURE_THEN_WORDS.fullmatch(cell)
    if m is None or not unit:
        return f"{cell} {unit}"
    return f"{m.group(1)} {unit} {m.group(2)}"


def table_row(cells: list[str]) -> str:
    """A table row as one line: "(n) text" under an STT column; with more columns (unit,
    result, target …) the cells are kept apart by " | " so that the target's column can be
    told from the past results'."""
    cells = [" ".join(c.split()) for c in cells if c.strip()]
    if len(cells) > 1 and cells[0] in ("-", "–", "+", "•", "*"):
        cells = [f"{cells[0]} {cells[1]}", *cells[2:]]  # "-\tTrong đó: …": the dash is a mark
    if len(cells) == 2 and GROUP_ROW.fullmatch(cells[0]):
        return f"{cells[0].rstrip('.')}. {cells[1]}"  # "| I | Kinh tế | | |": a group's row
    numbered = bool(cells) and re.fullmatch(r"\d{1,2}\.?", cells[0]) is not None
    if numbered:  # an STT column numbers the row
        cells[0] = f"({cells[0].rstrip('.')})"
    rest = cells[1:] if numbered else cells
    if len(rest) <= 1:
        return " ".join(cells)
    return (cells[0] + " " if numbered else "") + " | ".join(rest)
