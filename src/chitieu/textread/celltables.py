"""Tables published one cell per line (a Word or web table copied as text: "STT", "Chỉ
tiêu", "Đơn vị tính", "Kế hoạch 2019" …, then "1", its cells, "2" …), put back into rows
that keep their cells apart (" | "), as :mod:`chitieu.textread.layouts` reads them."""

from __future__ import annotations

import re

from chitieu.textread.layouts import (
    CELL,
    RESULT_COLUMN,
    STT_CELL,
    TARGET_COLUMN,
    UNIT_COLUMN,
    YEAR,
    YEAR_SPAN,
    heading_group,
)

_ROW_START = re.compile(r"^\s*(?:(?P<no>\d{1,3})|(?P<roman>[IVX]{1,4}|[A-D]))\s*[.)]?\s*$")
MAX_HEADER = 8  # header cells of a table published one cell per line


def cells_to_rows(lines: list[str]) -> list[str]:
    """A table published one cell per line ("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2019" …,
    then "1.", its cells, "2." …) put back as rows: a header line, "I. Kinh tế" group lines
    and "(n) cell | cell" rows, numbered in order (auto-numbered lists print "1." each time)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _NAME_HEAD.match(lines[i]) and not (i > 0 and STT_CELL.match(lines[i - 1])):
            i = _unnumbered_table(lines, i, out)
            continue
        if not STT_CELL.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        header = [lines[i].strip()]
        j = i + 1
        while j < len(lines) and len(header) <= MAX_HEADER and not _ROW_START.match(lines[j]):
            if heading_group(lines[j].strip()) is not None:
                break  # "KINH TẾ": the first group's row, under the header
            if _head_rest(lines[j]):  # "Đơn vị" / "tính", "Mục tiêu" / "2021 - 2025"
                header[-1] = f"{header[-1]} {lines[j].strip()}"
            else:
                header.append(lines[j].strip())
            j += 1
        if j >= len(lines) or len(header) < 3 or len(header) > MAX_HEADER:
            out.append(lines[i])
            i += 1
            continue
        out.append(CELL.join(header))
        i = _rows(lines, j, len(header) - 1, out)
    return out


_NAME_HEAD = re.compile(r"^\s*(?:tên\s+)?chỉ tiêu\s*$", re.IGNORECASE)
_TERM_CELL = re.compile(rf"\s*{YEAR_SPAN}\s*")


def _head_rest(line: str) -> bool:
    """A header cell's second line in a PDF: a few words in lower case ("tính", "năm 2025")
    or a term alone ("2021 - 2025")."""
    text = line.strip()
    short = bool(text) and len(text) <= 25 and text[0].islower()
    return (short and not re.search(r"\d", YEAR.sub("", text))) or bool(_TERM_CELL.fullmatch(text))


def _column_head(line: str) -> bool:
    return len(line) <= 40 and bool(
        UNIT_COLUMN.match(line) or TARGET_COLUMN.search(line) or RESULT_COLUMN.search(line)
    )


def _unnumbered_table(lines: list[str], i: int, out: list[str]) -> int:
    """A table without an STT column published one cell per line ("Chỉ tiêu", "Thực hiện
    2020", "Mục tiêu 2025", then "Tỷ lệ hộ nghèo (%)", "15,2", "5" …): its rows from the
    line after its header; where it ends. A "Chỉ tiêu" line not followed by column heads
    is left as it is."""
    j = i + 1
    while j < len(lines) and j - i < MAX_HEADER and _column_head(lines[j]):
        j += 1
    if j - i < 3 or j >= len(lines):
        out.append(lines[i])
        return i + 1
    out.append(CELL.join(ln.strip() for ln in lines[i:j]))
    units = [k for k in range(i, j) if UNIT_COLUMN.match(lines[k])]
    return _rows(lines, j, j - i, out, numbered=False, unit_at=units[0] - i if units else None)


_VALUE_CELL = re.compile(
    r"^[\s<>≥≤~]*(?:(?:tăng|giảm|khoảng|trên|dưới|từ|đạt|tối thiểu|tối đa)\s*)*\d", re.IGNORECASE
)
_SUB_ROW = re.compile(r"^\s*(?:[-–+•]|trong đó\b)", re.IGNORECASE)


def _sub_row(lines: list[str], k: int) -> bool:
    """Whether line ``k`` starts a "- Trong đó: …" row; "-" alone is an empty cell, unless
    "Trong đó" follows it (the sub-row's mark in the STT column)."""
    if not _SUB_ROW.match(lines[k]):
        return False
    alone = lines[k].strip() in ("-", "–", "+", "•")
    return not alone or (k + 1 < len(lines) and _OF_WHICH_CELL.match(lines[k + 1]) is not None)


_OF_WHICH_CELL = re.compile(r"\s*trong đó\b", re.IGNORECASE)


class _RowStarts:
    """Which lines start a row: numbers written like the first row's ("1." each time, as
    auto-numbered lists print them), or, written bare, the next number in turn; a bare
    "67" under "Tỷ lệ lao động qua đào tạo (%)" is the row's figure, not row 67."""

    def __init__(self, first: str) -> None:
        self.dotted = bool(re.search(r"\d\s*[.)]\s*$", first))
        # a table going on after a page break and its header repeated opens at its row "7"
        m = _ROW_START.match(first)
        self.last = int(m.group("no")) - 1 if m and m.group("no") else 0
        self.grouped = False  # a group's row just read: its rows may count from 1 again

    def match(self, line: str, take: bool = True) -> re.Match[str] | None:
        m = _ROW_START.match(line)
        if m is None or m.group("roman"):
            self.grouped = self.grouped or (take and m is not None)
            return m
        no = int(m.group("no"))
        dotted = bool(re.search(r"[.)]\s*$", line))
        # ("8" then "9.": a bare table's next row numbered with a stop, no figure)
        if self.dotted != dotted and not (dotted and no == self.last + 1):
            return None
        # a bare "1" after row 6's name and unit is its figure, unless a group starts anew
        restart = no == 1 and (self.last == 0 or self.grouped)
        if not self.dotted and not restart and no != self.last + 1:
            return None
        if take:
            self.last, self.grouped = no, False
        return m


def _rows(
    lines: list[str],
    j: int,
    width: int,
    out: list[str],
    numbered: bool = True,
    unit_at: int | None = None,
) -> int:
    """Rows from line ``j`` on, each at most ``width`` cells; where the table ends.

    Rows start at their number ("1.") or, in a table without an STT column, at each cell
    that is no figure ("GRDP bình quân đầu người (USD/người)" then ">2.300") but the unit's
    (``unit_at``, counted from the name's); a "- Trong đó: …" line starts a row of its own."""
    n = 0
    # the first row's number, below a group's row ("KINH TẾ") that may open the table
    first = next((ln for ln in lines[j : j + 3] if heading_group(ln.strip()) is None), lines[j])
    starts = _RowStarts(first)
    while j < len(lines):
        start = starts.match(lines[j])
        if start and start.group("roman"):  # "I" then "Kinh tế": a group's row
            out.append(
                f"{start.group('roman')}. {lines[j + 1].strip() if j + 1 < len(lines) else ''}"
            )
            j += 2
            numbered = j < len(lines) and bool(starts.match(lines[j], take=False))
            continue
        # "KINH TẾ" under the header, "Kinh tế" between unnumbered rows: a group's row
        if not start and heading_group(lines[j].strip()) is not None:
            out.append(lines[j].strip())
            j += 1
            continue
        if numbered and not start and not _sub_row(lines, j):
            return j
        k = j + 1 if start else j
        cells: list[str] = []
        # (the next row's number is only looked at here: taken, it would be past when its
        # row is read, and a row short of cells, its empty ones lost, ended the table)
        while k < len(lines) and len(cells) < width and not starts.match(lines[k], take=False):
            if cells and not numbered and len(cells) != unit_at and not _VALUE_CELL.match(lines[k]):
                break  # the next row's name
            if cells and _sub_row(lines, k):
                if cells != ["-"]:
                    break
                # "-" in the STT column, then "Trong đó: …": one cell, the sub-row's name
                cells, k = [f"- {lines[k].strip()}"], k + 1
                continue
            cells.append(lines[k].strip())
            k += 1
        if numbered and start and len(cells) == width:
            cells, k = _wrapped_cells(lines, k, cells, starts)
        if cells:
            n += 1
            out.append(f"({n}) " + CELL.join(cells))
        j = max(k, j + 1)
    return j


WRAP_SLACK = 2  # lines of a wrapped name a full row may still take before the next row


def _wrapped_cells(
    lines: list[str], k: int, cells: list[str], starts: _RowStarts
) -> tuple[list[str], int]:
    """A full row whose next row starts a line or two further on: its name was wrapped over
    two or three lines ("Tổng vốn đầu tư phát triển toàn xã hội" / "giai đoạn 2021 - 2025"),
    so the cells after the name are that many fewer. The name's lines are joined; a row
    whose table ends there, or whose extra lines are figures, is left as it was."""
    ahead = lines[k : k + WRAP_SLACK + 1]
    # where the next row starts, or the next group's ("KINH TẾ") over it
    ends = [
        i
        for i, ln in enumerate(ahead)
        if starts.match(ln, take=False) or heading_group(ln.strip()) is not None
    ]
    if not ends or ends[0] == 0:
        return cells, k
    extra = ends[0]
    every = [*cells, *(ln.strip() for ln in ahead[:extra])]
    if any(_VALUE_CELL.match(c) or _SUB_ROW.match(c) for c in every[1 : 1 + extra]):
        return cells, k
    return [" ".join(every[: 1 + extra]), *every[1 + extra :]], k + extra


# A congress's vote table: one row a target, its votes in columns ("Nội dung, mục tiêu |
# Nhất trí | Không nhất trí | Ý kiến khác"), one cell per line
_VOTE_HEAD = re.compile(r"^\s*(?:nhất trí|đồng ý|tán thành)\s*$", re.IGNORECASE)
_OTHER_VIEWS = re.compile(r"^\s*(?:ý kiến\s+)?khác\s*$", re.IGNORECASE)
_COUNT_CELL = re.compile(r"^\s*\(?\d[\d.,]*\)?\s*%?\s*$")
_BARE_NO = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


def vote_rows(lines: list[str]) -> list[str]:
    """A vote table's rows as numbered items ("3. Giá trị sản xuất … tăng từ 8%/năm trở
    lên"), its votes' counts and shares left out: they are no targets. A row starts at the
    next number in turn followed by words; other lines are as they were."""
    head = next((i for i, ln in enumerate(lines[:60]) if _VOTE_HEAD.match(ln)), None)
    if head is None or not any(_OTHER_VIEWS.match(ln) for ln in lines[head : head + 8]):
        return lines
    out, expected, i = lines[:head], 1, head
    while i < len(lines):
        line, after = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        no = _BARE_NO.match(line)
        if no and int(no.group(1)) == expected and after.strip() and not _COUNT_CELL.match(after):
            out.append(f"{expected}. {after.strip()}")
            expected, i = expected + 1, i + 2
            continue
        # before row 1 the header's cells ("(1)", "Không", "Khác"); after, a row's votes
        if expected > 1 and not _COUNT_CELL.match(line):
            out.append(line)
        i += 1
    return out
