"""A PDF's page furniture between a list's lines: page numbers, and the running header or
footer printed on every page ("Báo cáo chính trị Đại hội Đảng bộ huyện …", a library's
"Số hóa bởi … http://…"). Left in, such a line ends the list in the middle of a page's
items, or becomes part of an item."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from chitieu.textread.layouts import YEAR, heading_group, starts_item

PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*\d+\s*-|trang\s+\d+(?:\s*/\s*\d+)?|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})\s*$",
    re.IGNORECASE,
)
# A photo's caption ("… trong năm 2019 (ảnh Hiền Hòa)", "… khóa I. Ảnh: Đoàn Bình") restates
# the text: its figures are read where the text states them
CAPTION = re.compile(r"\(\s*(?:ảnh|Ảnh)\b[^()]{0,60}\)\s*$|(?:^|\s)(?:Ảnh|ẢNH)\s*:[^.;]{0,60}$")
MAX_CAPTION = 200
# A page's footnotes under their rule: "____________", then "¹ Theo chuẩn nghèo …"
FOOTNOTE = re.compile(r"\s*(?:[_–—-]{5,}\s*$|[¹²³⁴⁵⁶⁷⁸⁹]+\s*[^\W\d_])")
# What a running header names: the document or the body that issued it.
_RUNNING = re.compile(
    r"báo cáo|nghị quyết|văn kiện|đại hội|đảng bộ|ủy ban|uỷ ban|hội đồng|số hóa|số hoá",
    re.IGNORECASE,
)
PAGE_TAIL = re.compile(
    r"(?:\s+[–-]|\s*[|,])?\s+(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$", re.I
)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_MARKED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-zđ]\)|[-–—•+*]|[IVX]{1,5}[.)])")


def _furniture_like(line: str) -> bool:
    """A short line naming the document, with no marker, no figure and no final stop."""
    text = " ".join(line.split())
    if not text or len(text) > 120 or _MARKED.match(text) or text[-1] in ".;:,!?":
        return False
    if _URL.search(text):
        return True
    if not text[0].isupper() or re.search(r"\d", YEAR.sub("", text)):
        return False
    if re.search(r"chỉ\s+tiêu|mục\s+tiêu", text, re.IGNORECASE):
        return False
    # a group's heading comes back too ("VỀ XÂY DỰNG ĐẢNG"), but never names the document
    # ("VĂN KIỆN ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN …", which names the party too)
    return bool(_RUNNING.search(text)) and (
        heading_group(text) is None or _DOCUMENT.search(text) is not None
    )


_DOCUMENT = re.compile(r"văn kiện|nghị quyết|báo cáo|đại hội", re.IGNORECASE)


def drop_furniture(lines: list[str]) -> list[str]:
    """``lines`` without page numbers, footnotes, photos' captions, nor running headers and
    footers: lines naming the document that stand beside a page number or come back on
    another page."""
    pages = [bool(PAGE_NUMBER.match(ln)) for ln in lines]
    seen = Counter(" ".join(ln.split()) for ln in lines)
    out = []
    for i, line in enumerate(lines):
        if pages[i] or FOOTNOTE.match(line) or (len(line) <= MAX_CAPTION and CAPTION.search(line)):
            continue
        tail = PAGE_TAIL.search(line)
        if tail and _furniture_like(line[: tail.start()]):
            continue  # "Nghị quyết Đại hội Đảng bộ huyện … - Trang 2": a footer with its page
        beside = _beside_page(lines, pages, i)
        again = seen[" ".join(line.split())] > 1
        if _furniture_like(line) and (beside or again or _URL.search(line)):
            continue
        out.append(line)
    return out


def _beside_page(lines: list[str], pages: list[bool], i: int) -> bool:
    """Whether the nearest line with words above or below line ``i`` is a page number."""
    near = [
        next((k for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), None),
        next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), None),
    ]
    return any(k is not None and pages[k] for k in near)


# A text wrapped at a width: many of its lines fill at least this share of the widest
# (a web page's text has a paragraph per line, of any length).
FULL = 0.75
MAX_WIDTH = 160  # lines this long are paragraphs, not a wrap
_LINE_END = (".", "!", "?", ";", ":")


def rejoin(text: str) -> str:
    """A text hard-wrapped at a width (a PDF's text layer, a mail) with the lines of each
    paragraph joined: a line that fills the width goes on into the next, unless that starts
    with a marker or names a group. A sentence that ends at the line's end goes on only when
    the line is filled to the width (a paragraph's last line is shorter). Any other text is
    returned as it is."""
    lines = text.splitlines()
    kept = [ln.rstrip() for ln in lines if ln.strip()]
    width = max(map(len, kept), default=0)  # a wrap never passes its width
    full = sum(len(ln) >= FULL * width for ln in kept)
    if not 30 <= width <= MAX_WIDTH or full < max(2, len(kept) * 3 // 10):
        return text
    # and some of its sentences go on over a line's end in lower case ("… vốn đầu tư nước" /
    # "ngoài."): a list or a table typed line by line has none
    soft = sum(
        len(a) >= FULL * width and not a.endswith(_LINE_END) and b.lstrip()[:1].islower()
        for a, b in itertools.pairwise(kept)
    )
    if soft < max(1, full // 5):
        return text
    # each paragraph's pieces, joined once at the end: joining as it goes would copy a long
    # paragraph again for every line
    out: list[list[str]] = []
    last = ""  # the line before, as wrapped: what says whether it was filled to the width
    for line in lines:
        if out and last.strip() and line.strip() and _goes_on(last.rstrip(), line, width):
            out[-1][-1] = out[-1][-1].rstrip()
            out[-1].append(line.strip())
        else:
            out.append([line])
        last = line
    return "\n".join(" ".join(pieces) for pieces in out)


def _goes_on(prev: str, line: str, width: int) -> bool:
    if len(prev) < FULL * width or "|" in prev + line or "\t" in prev + line:
        return False  # a paragraph's last line, or a table's rows
    if starts_item(line) or PAGE_NUMBER.match(line) or _URL.search(line) or _URL.search(prev):
        return False  # an item, a page's number or a library's footer: never joined
    # a group's heading starts in capitals: "về y tế, tỷ lệ …" goes on a sentence
    if heading_group(line.strip()) and not line.lstrip()[:1].islower():
        return False
    # a title in capitals ends where the text turns to lower case; a rule ("-----") stands alone
    if (prev.isupper() and not line.isupper()) or not re.search(r"[^\W_]", line):
        return False
    return not prev.endswith(_LINE_END) or len(prev) >= 0.9 * width
