"""A table flattened to text with its cells apart by spaces alone, as a PDF or a page
copied without its grid gives it:

    STT Chỉ tiêu Đơn vị Thực hiện 2020 Mục tiêu 2025
    1 Tốc độ tăng trưởng kinh tế bình quân %/năm 7,2 8,5

The header's figure columns each end with a year ("Thực hiện 2020", "Mục tiêu nhiệm kỳ
2020-2025"), so a row's last cells are its figures, one per column, and its unit (under
"Đơn vị") the unit that ends its name. Both are given back with their cells apart by tabs,
as a table typed as text is (:func:`inline.expand` reads them)."""

from __future__ import annotations

import re

from chitieu.textread.values import UNITS

_HEADER = re.compile(
    r"^\s*(?P<stt>STT|TT|Số TT)\s+(?P<name>(?:tên\s+)?chỉ tiêu|nội dung)\s+"
    r"(?:(?P<unit>đơn vị tính|đơn vị|đvt)\s+)?(?P<columns>.+?)\s*$",
    re.IGNORECASE,
)
MAX_COLUMNS = 8  # figure columns of a header: more is no table of targets
MAX_LINE = 300  # a header or a row longer than this is running text
_YEAR_END = re.compile(r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?(?=\s|$)")
_FIGURE = r"[<>≥≤~]?\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?"
_ROW = re.compile(r"^\s*(?P<no>\d{1,2})[.)]?\s+(?P<rest>\D.*?)\s*$")
# The unit ending a row's name, with its scale word: "… đầu người triệu đồng"
_UNIT_AT_END = re.compile(
    r"\s((?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)*(?:" + "|".join(re.escape(u) for u in UNITS) + r"))$",
    re.IGNORECASE,
)
_GROUP_ROW = re.compile(r"^\s*(?P<no>[IVX]{1,4})[.)]?\s+(?P<name>[^\d]+?)\s*$")


def _columns(text: str) -> list[str]:
    """The figure columns of a header's tail, each ending with a year; none when some of
    the tail is left over."""
    ends = [m.end() for m in _YEAR_END.finditer(text)]
    if not ends or len(ends) > MAX_COLUMNS or text[ends[-1] :].strip():
        return []
    found = [text[a:b].strip() for a, b in zip([0, *ends], ends, strict=False)]
    return found if all(found) else []


def _row(line: str, width: int, with_unit: bool) -> list[str] | None:
    """A row's cells: its number, its name, its unit when the header has one, its figures."""
    m = _ROW.match(line) if len(line) <= MAX_LINE else None
    if not m or "\t" in line or "|" in line:
        return None
    tail = re.search(rf"(?:\s+{_FIGURE}){{{width}}}$", " " + m.group("rest"))
    if not tail:
        return None
    name = (" " + m.group("rest"))[: tail.start()].strip()
    figures = re.findall(_FIGURE, tail.group(0))
    unit = ""
    if with_unit:
        found = _UNIT_AT_END.search(name)
        unit = found.group(1) if found else ""
        name = name[: found.start()].strip() if found else name
    return [m.group("no"), name, *([unit] if with_unit else []), *figures]


def spaced_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table whose cells are apart by spaces given back apart by tabs."""
    out: list[str] = []
    width, with_unit = 0, False
    for line in lines:
        plain = len(line) <= MAX_LINE and "\t" not in line and "|" not in line
        header = _HEADER.match(line) if plain else None
        columns = _columns(header.group("columns")) if header else []
        if header and columns:
            width, with_unit = len(columns), bool(header.group("unit"))
            unit = [header.group("unit")] if with_unit else []
            out.append("\t".join([header.group("stt"), header.group("name"), *unit, *columns]))
            continue
        cells = _row(line, width, with_unit) if width else None
        group = _GROUP_ROW.match(line) if width and cells is None else None
        if cells:
            out.append("\t".join(cells))
        elif group:
            out.append(f"{group.group('no')}. {group.group('name')}")
        else:
            width = 0
            out.append(line)
    return out
