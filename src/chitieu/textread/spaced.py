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

from chitieu.textread.layouts import LOWER, YEAR_SPAN
from chitieu.textread.values import UNITS

_HEADER = re.compile(
    r"^\s*(?P<stt>STT|TT|Số TT)\s+(?P<name>(?:tên\s+)?chỉ tiêu|nội dung)\s+"
    r"(?:(?P<unit>đơn vị tính|đơn vị|đvt)\s+)?(?P<columns>.+?)\s*$",
    re.IGNORECASE,
)
MAX_COLUMNS = 8  # figure columns of a header: more is no table of targets
MAX_LINE = 300  # a header or a row longer than this is running text
_YEAR_END = re.compile(rf"{YEAR_SPAN}(?=\s|$)")
# a figure's cell: "11 - 12", "< 1,5", "6/9", "từ 150 trở lên", "Dưới 1"
_FIGURE = (
    r"(?:(?:[Tt]ừ|[Tt]rên|[Dd]ưới)\s+)?[<>≥≤~]?\s?\d[\d.,]*(?:/\d+)?(?:\s*[–-]\s*\d[\d.,]*)?"
    r"(?:\s+trở lên)?"
)
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


# A header printed over two lines: its first line holds only the figure columns' first
# words ("Chỉ tiêu Đại hội Ước thực hiện" over "… đến năm 2030 năm 2025"), each column's
# opening with a word that names what its figures are
_COLUMN_START = re.compile(
    r"(?:^|\s)(?=(?:Chỉ tiêu|Mục tiêu|Kế hoạch|Ước|Thực hiện|Kết quả|Dự kiến|Phấn đấu|KH|TH)\b)"
)
_UPPER_HEADER = re.compile(
    r"^\s*(?:Chỉ tiêu|Mục tiêu|Kế hoạch|Ước|Thực hiện|Kết quả|KH|TH)\b[^\d\t|]*$"
)


def _with_upper(upper: str, columns: list[str]) -> list[str] | None:
    """The columns' names with the words the line above prints over them, one part each."""
    parts = [p.strip() for p in _COLUMN_START.split(upper.strip()) if p.strip()]
    if len(parts) != len(columns):
        return None
    return [f"{a} {b}" for a, b in zip(parts, columns, strict=True)]


def _row(line: str, width: int, with_unit: bool) -> list[str] | None:
    """A row's cells: its number, its name, its unit when the header has one, its figures."""
    m = _ROW.match(line) if len(line) <= MAX_LINE else None
    if not m or "\t" in line or "|" in line:
        return None
    tail = re.search(rf"(?:\s+{_FIGURE}){{{width}}}$", " " + m.group("rest"))
    if not tail:
        return None
    name = (" " + m.group("rest"))[: tail.start()].strip()
    figures = [f.strip() for f in re.findall(_FIGURE, tail.group(0))]
    unit = ""
    if with_unit:
        found = _UNIT_AT_END.search(name)
        unit = found.group(1) if found else ""
        name = name[: found.start()].strip() if found else name
    return [m.group("no"), name, *([unit] if with_unit else []), *figures]


MAX_GAP = 2  # lines a table's rows may skip at a page's break (its number, a running header)


def spaced_tables(lines: list[str]) -> list[str]:
    """``lines`` with each table whose cells are apart by spaces given back apart by tabs.

    At a page's break the rows go on after up to two lines of furniture, which go when the
    header is printed again; a short line in lower case under a row is its name's rest."""
    out: list[str] = []
    width, with_unit, gap, header_line, last_row = 0, False, 0, "", -1
    for line in lines:
        head = _header(line, out)
        if head is not None:
            text, width, with_unit = head
            if text == header_line and last_row >= 0 and len(out) - last_row - 1 <= MAX_GAP:
                del out[last_row + 1 :]  # the page's furniture, then the header again
            else:
                out.append(text)
            header_line, gap = text, 0
            continue
        cells = _row(line, width, with_unit) if width else None
        group = _GROUP_ROW.match(line) if width and cells is None else None
        if group:
            cells = [f"{group['no']}. {group['name']}"]
        if cells:
            out.append("\t".join(cells))
            last_row, gap = len(out) - 1, 0
        elif width and last_row == len(out) - 1 and _NAME_REST.match(line):
            row = out[last_row].split("\t")  # "… có" / "bằng cấp, chứng chỉ": a wrapped name
            row[1] = f"{row[1]} {line.strip()}"
            out[last_row] = "\t".join(row)
        else:
            gap += 1
            width = width if gap <= MAX_GAP else 0
            out.append(line)
    return out


_NAME_REST = re.compile(rf"^\s*[{LOWER}][^\d\t|]{{0,60}}$")


def _header(line: str, out: list[str]) -> tuple[str, int, bool] | None:
    """A header row (with its first line above it, taken from ``out``) as tab-apart cells,
    its number of figure columns, and whether it has a unit column."""
    plain = len(line) <= MAX_LINE and "\t" not in line and "|" not in line
    header = _HEADER.match(line) if plain else None
    columns = _columns(header.group("columns")) if header else []
    if not header or not columns:
        return None
    with_unit = bool(header.group("unit"))
    unit = [header.group("unit")] if with_unit else []
    upper = _with_upper(out[-1], columns) if out and _UPPER_HEADER.match(out[-1]) else None
    if upper:  # the header's first line, above it
        out.pop()
        columns = upper
    return (
        "\t".join([header.group("stt"), header.group("name"), *unit, *columns]),
        len(columns),
        with_unit,
    )
