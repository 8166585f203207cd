"""A PDF's page furniture between a list's lines: page numbers, and the running header or
footer printed on every page ("Báo cáo chính trị Đại hội Đảng bộ huyện …", a library's
"Số hóa bởi … http://…"). Left in, such a line ends the list in the middle of a page's
items, or becomes part of an item."""

from __future__ import annotations

import re
from collections import Counter

from chitieu.textread.layouts import heading_group

PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*\d+\s*-|trang\s+\d+(?:\s*/\s*\d+)?|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3})\s*$",
    re.IGNORECASE,
)
# What a running header names: the document or the body that issued it.
_RUNNING = re.compile(
    r"báo cáo|nghị quyết|văn kiện|đại hội|đảng bộ|ủy ban|uỷ ban|hội đồng|số hóa|số hoá",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_MARKED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-zđ]\)|[-–—•+*]|[IVX]{1,5}[.)])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _furniture_like(line: str) -> bool:
    """A short line naming the document, with no marker, no figure and no final stop."""
    text = " ".join(line.split())
    if not text or len(text) > 120 or _MARKED.match(text) or text[-1] in ".;:,!?":
        return False
    if _URL.search(text):
        return True
    if not text[0].isupper() or re.search(r"\d", _YEAR.sub("", text)):
        return False
    if re.search(r"chỉ\s+tiêu|mục\s+tiêu", text, re.IGNORECASE):
        return False
    return bool(_RUNNING.search(text)) and heading_group(text) is None


def drop_furniture(lines: list[str]) -> list[str]:
    """``lines`` without page numbers, nor running headers and footers: lines naming the
    document that stand beside a page number or come back on another page."""
    pages = [bool(PAGE_NUMBER.match(ln)) for ln in lines]
    seen = Counter(" ".join(ln.split()) for ln in lines)
    out = []
    for i, line in enumerate(lines):
        if pages[i]:
            continue
        beside = (i > 0 and pages[i - 1]) or (i + 1 < len(lines) and pages[i + 1])
        again = seen[" ".join(line.split())] > 1
        if _furniture_like(line) and (beside or again or _URL.search(line)):
            continue
        out.append(line)
    return out
