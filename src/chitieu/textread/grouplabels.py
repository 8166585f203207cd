"""Group labels between a list's items ("Về kinh tế:", "Kinh tế: (1) …") and the
"(1) … (2) …" paragraphs whose items they part: the list's reader
(:mod:`chitieu.textread.structure`) asks here where a group begins."""

from __future__ import annotations

import re

from chitieu.textread.layouts import group_of

INLINE = re.compile(r"\((\d{1,2})\)\s*")
INLINE_NEAR = 80  # how near a line's start its "(1)" stands in a paragraph of such items
GROUP_LABEL = re.compile(
    r"^\s*(?:[-–•]\s*|[a-zđ]\)\s*|\d\.\s*)?(Về [^:;()]{3,70}):\s*", re.IGNORECASE
)
TRAILING_GROUP = re.compile(r"\s*(?:[-–•]\s*)?(Về [^:;().]{3,70}):\s*$", re.IGNORECASE)
# "Kinh tế: (1) …", "… đồng. Xã hội: (3) …": a group named without "Về", before an item
NAMED_LABEL = re.compile(r"^\s*([^:;().\d]{3,40}):\s*(?=\(\d{1,2}\)|\d{1,2}\.\s)")
TRAILING_NAMED = re.compile(r"(?<=[.;])\s*([^:;().\d]{3,40}):\s*$")


def group_label(line: str) -> re.Match[str] | None:
    """The group label a line opens with ("Về kinh tế:", or "Kinh tế:" before an item when
    it names a group); its group(1) is the label's words."""
    label = GROUP_LABEL.match(line)
    if label is not None:
        return label
    named = NAMED_LABEL.match(line)
    return named if named and group_of(named.group(1)) is not None else None


def split_inline(line: str, raw: str) -> list[tuple[int | None, str, str | None]]:
    """Cut a paragraph holding "(1) … (2) …" into (number, text, group label after it).

    ``line`` is ``raw`` normalised (same length): positions found in one cut the other.
    """
    marks = list(INLINE.finditer(line))
    if len(marks) < 2 or marks[0].start() > INLINE_NEAR:
        return []
    out: list[tuple[int | None, str, str | None]] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        chunk = raw[m.end() : end]
        label = None
        tail = TRAILING_GROUP.search(line[m.end() : end])
        named = TRAILING_NAMED.search(line[m.end() : end]) if tail is None else None
        if named and group_of(named.group(1)) is not None:
            tail = named
        if tail:
            label, chunk = tail.group(1), chunk[: tail.start()]
        out.append((int(m.group(1)), chunk.strip(), label))
    return out
