"""Reading the period and stage a Vietnamese spreadsheet heading names.

Departments head their columns the way their reports write periods: "Năm 2021",
"6 tháng đầu năm 2022", "9 tháng 2023", "Quý III/2023", "Tháng 7/2023", "Giai đoạn
2021–2025", often with the stage in front or behind: "Ước TH 2024" (an estimate of the
year's achievement), "Sơ bộ 2023", "KH 2025" (the plan), "2023 (chính thức)". "TH"
(thực hiện) alone says the figure is an achievement, not its stage. chitieu's own forms
(``2021-H1``, ``2023-9M``) are read too.
"""

from __future__ import annotations

import re
import unicodedata

from chitieu.figures.model import Stage
from chitieu.figures.periods import Period, PeriodError, PeriodKind, parse_period

_STAGE_WORDS = [
    (re.compile(r"^(ước tính|ước|ư)\s*(thực hiện|th)?\b"), Stage.ESTIMATE),
    (re.compile(r"^(số liệu\s+)?sơ bộ\b"), Stage.PRELIMINARY),
    (re.compile(r"^(số liệu\s+)?chính thức\b"), Stage.OFFICIAL),
    (re.compile(r"^(kế hoạch|kh)\b"), Stage.PLAN),
    (re.compile(r"^(thực hiện|th)\b"), None),
]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:năm\s*)?(\d{4})"
_FORMS = [
    (re.compile(rf"^{_YEAR}$"), PeriodKind.YEAR),
    (re.compile(r"^6 tháng (?:đầu )?(?:năm )?(\d{4})$"), PeriodKind.HALF),
    (re.compile(r"^6 tháng cuối (?:năm )?(\d{4})$"), PeriodKind.HALF),
    (re.compile(r"^9 tháng (?:đầu )?(?:năm )?(\d{4})$"), PeriodKind.NINE_MONTHS),
    (re.compile(r"^quý (i|ii|iii|iv|[1-4])\s*(?:/|năm|-)\s*(\d{4})$"), PeriodKind.QUARTER),
    (re.compile(r"^tháng (\d{1,2})\s*(?:/|năm|-)\s*(\d{4})$"), PeriodKind.MONTH),
    (re.compile(r"^(?:giai đoạn |gđ )?(\d{4})\s*-\s*(\d{4})$"), PeriodKind.TERM),
]


def normal(text: object) -> str:
    """A heading as compared: composed Unicode, lower case, single spaces, ASCII dashes."""
    s = unicodedata.normalize("NFC", str(text)).casefold()
    s = re.sub(r"[–—−]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def stage_word(text: object) -> Stage | None:
    """The stage a cell names ("ước", "sơ bộ", "chính thức", "kế hoạch" or chitieu's
    own words); ``None`` when it names none."""
    s = normal(text)
    try:
        return Stage(s)
    except ValueError:
        pass
    for pattern, stage in _STAGE_WORDS:
        if pattern.fullmatch(s) and stage is not None:
            return stage
    return None


def heading(text: object) -> tuple[Period, Stage | None] | None:
    """The period (and stage, if it says one) of a column heading; ``None`` when it
    names no period."""
    s = normal(text)
    if not s:
        return None
    stage: Stage | None = None
    if m := re.search(r"\(([^()]*)\)$", s):  # "2023 (ước)"
        stage = stage_word(m.group(1))
        if stage is not None:
            s = s[: m.start()].strip()
    for pattern, said in _STAGE_WORDS:
        if m := pattern.match(s):
            rest = s[m.end() :].strip(" :-")
            if rest and rest != s:
                stage, s = said or stage, rest
            break
    period = _period(s)
    return (period, stage) if period is not None else None


def _period(s: str) -> Period | None:
    for pattern, kind in _FORMS:
        m = pattern.match(s)
        if not m:
            continue
        if kind is PeriodKind.YEAR:
            return Period(int(m.group(1)), kind)
        if kind is PeriodKind.HALF:
            return Period(int(m.group(1)), kind, 2 if "cuối" in s else 1)
        if kind is PeriodKind.NINE_MONTHS:
            return Period(int(m.group(1)), kind, 9)
        if kind is PeriodKind.QUARTER:
            q = m.group(1)
            return Period(int(m.group(2)), kind, _ROMAN.get(q) or int(q))
        if kind is PeriodKind.MONTH:
            month = int(m.group(1))
            return Period(int(m.group(2)), kind, month) if 1 <= month <= 12 else None
        start, end = int(m.group(1)), int(m.group(2))
        return Period(start, kind, 0, end) if end > start else None
    try:
        return parse_period(s)
    except PeriodError:
        return None
