"""A list's items, what tells a target from a result ("ước đạt …", "đã giảm còn …") or from an
aim or a heading ("Mục tiêu tổng quát: …", "2. Các chỉ tiêu chủ yếu"), and a
figure from a year, and the two ways the reader folds a line: dashes to one en dash, spaces
to one space."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chitieu.targets.model import Group
from chitieu.textread.layouts import YEAR, Columns
from chitieu.textread.values import outside_parentheses


def normalize(text: str) -> str:
    """Same length as ``text``: no-break spaces to spaces, every dash to an en dash."""
    return text.replace("\u00a0", " ").replace("—", "–").replace("‒", "–").replace("−", "–")


def squash(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Item:
    no: int
    text: str  # verbatim, whitespace folded
    group: Group | None = None
    sentence: str = ""  # in prose, the whole sentence the clause stands in
    columns: Columns | None = None  # a table row's: where its target stands
    sub_rows: list[str] = field(default_factory=list)  # its "- Trong đó: …" rows, read too
    end: int | None = None  # the end year its list's heading names ("… đến năm 2030:")
    # the numbered lead-in it stands under, which says what its figure is ("1/ Tốc độ tăng
    # trưởng bình quân hàng năm:" over "- Công nghiệp: 10-12%")
    lead: str = ""


@dataclass
class TargetList:
    heading: str
    items: list[Item]
    leftovers: list[str] = field(default_factory=list)  # lines of the list not placed
    used: int = 0  # how many of the lines given the list took (up to where it ended)


# A year's estimate ("ước thực hiện năm 2025 đạt …"), not its plan
# ("tăng 10% so với ước thực hiện năm 2017": the base a plan's rise is counted from, no result)
ESTIMATE = re.compile(
    r"(?<!\bso\s)(?<!\bso với\s)(?<!\bso sánh với\s)\bước\s+(?:đạt|tăng|giảm|thực hiện|tính)",
    re.IGNORECASE,
)
# An item that reports a result ("ước đạt 46.121 tỷ đồng", "đã giảm còn …"): no target.
RESULT_ITEM = re.compile(
    # "lao động đã qua đào tạo" is an indicator's words, not a result
    rf"{ESTIMATE.pattern}|(?:nhiệm kỳ|giai đoạn|năm) qua"
    r"|\bđã\s(?!qua\s+đào\s+tạo)|đạt và vượt",
    re.IGNORECASE,
)
OF_WHICH = re.compile(r"\s*trong đó\b", re.IGNORECASE)
# What sets the plan's figure after a result in the same item ("ước thực hiện năm 2025 đạt
# 4.850 tỷ đồng; kế hoạch năm 2026 đạt 5.300 tỷ đồng")
PLAN_CUE = re.compile(r"\b(?:kế hoạch|phấn đấu|mục tiêu|chỉ tiêu)\b", re.IGNORECASE)


def has_figure(text: str) -> bool:
    """Whether ``text`` holds a digit besides its years ("đến năm 2030" sets no figure)."""
    return _DIGIT.search(YEAR.sub(" ", text)) is not None


_DIGIT = re.compile(r"\d")

# A heading standing alone over a section of past results, no list's
RESULTS_HEADING = re.compile(
    r"^\s*(?:[IVX]{1,4}[.)]\s*|\d{1,2}[.)]\s*)?"
    r"(?:Kết quả|KẾT QUẢ|Thành tựu|THÀNH TỰU)\b[^.;:!?]{0,80}$"
)


def is_result(text: str) -> bool:
    """Whether an item reports a result: a result's cue outside parentheses ("(năm 2020 ước
    đạt 52 triệu đồng)" only recalls the start) and no plan's figure set after it, whether
    by a plan's word or by a later year ("năm 2024 ước đạt 52 triệu đồng; năm 2025 đạt 57")."""
    outside = outside_parentheses(text)
    cue = RESULT_ITEM.search(outside)
    if cue is None or PLAN_CUE.search(outside, cue.end()):
        return False
    before = [int(y) for y in YEAR.findall(outside[: cue.end()])]
    after = [int(y) for y in YEAR.findall(outside[cue.end() :])]
    return not (before and after and max(after) > max(before))


GENERAL_AIM = re.compile(r"mục\s+tiêu\s+(?:tổng\s+quát|chung)\b", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")
_TARGETS_WORD = re.compile(r"chỉ\s+tiêu", re.IGNORECASE)


def aims_or_heading(text: str) -> bool:
    """ "1. Mục tiêu tổng quát: …" (a disease's "Covid-19" is no figure), or "2. Các chỉ tiêu
    chủ yếu:" over the groups that hold the targets: no target."""
    figure = _ANY_DIGIT.search(_NAMED_NUMBER.sub(" ", YEAR.sub(" ", text)))
    if figure:
        return False
    if GENERAL_AIM.match(text) or _LIST_TITLE.fullmatch(text):
        return True
    return text.endswith(":") and bool(_TARGETS_WORD.search(text))


# "2. Các chỉ tiêu chủ yếu", "2. Các chỉ tiêu chủ yếu đến năm 2030" over group headings: the
# list's own title, numbered as a section's part
_LIST_TITLE = re.compile(
    r"(?:(?:các|một số|những)\s+)?chỉ\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể|chính)"
    r"(?:\s+(?:đến|năm|nhiệm kỳ|giai đoạn|thời kỳ)[\s\d–-]*(?:năm\s+\d{4})?)?\s*[.:]?",
    re.IGNORECASE,
)


_NAMED_NUMBER = re.compile(r"[^\W\d_]+-\d+\b")  # "Covid-19": a name, no figure
