"""The resolution's text as the review page shows it: the target list marked, the
sentence of each proposed measure marked (``<mark class="sentence">``) with its value
within it (``<mark class="value">``), and the words the reader could not place
highlighted (``<mark class="unparsed">``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chitieu.textread.items import normalize, squash
from chitieu.textread.listsearch import find_target_list

_DASHES = "–—‒−"
MARKED_LEFTOVERS = 200  # a text with more lines left over is not worth marking line by line


@dataclass(frozen=True)
class SourceView:
    before: SafeString  # the text before the target list
    target_list: SafeString  # the list, with the unparsed words marked
    after: SafeString
    marks: int  # how many places the reader could not place are highlighted
    sentences: int = 0  # how many sentences of proposed measures are marked


@dataclass(frozen=True)
class Located:
    """A sentence of a proposed measure to mark in the text, and the values within it."""

    ident: str  # the mark's id, which the measure's card links to
    sentence: str
    values: tuple[tuple[str, str], ...] = ()  # (the mark's id, the value as written)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    title: str = ""
    cls: str = "unparsed"
    ident: str = ""
    level: int = 1  # sentences (0) hold the other marks

    def tag(self) -> str:
        title = f' title="{escape(self.title)}"' if self.title else ""
        ident = f' id="{escape(self.ident)}"' if self.ident else ""
        return f'<mark class="{self.cls}"{ident}{title}>'


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as written anywhere in the text: any spacing, any dash."""
    words = [re.escape(w) for w in normalize(phrase).split()]
    body = r"\s+".join(words).replace("–", f"[{_DASHES}-]")
    return re.compile(body, re.IGNORECASE)


def _line_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.splitlines(keepends=True):
        starts.append(pos)
        pos += len(line)
    return starts


def _heading_line(text: str, lines: list[str], starts: list[int], heading: str) -> int | None:
    """The line the list's heading stands on; for a table's header the reader rebuilt from
    cells on lines of their own ("TT | Chỉ tiêu | Đơn vị …"), the line of its first cell."""
    hit = next((i for i, ln in enumerate(lines) if squash(ln) and squash(ln) == heading), None)
    if hit is not None or "|" not in heading:
        return hit
    m = phrase_pattern(heading.replace("|", " ")).search(text)
    return None if m is None else bisect_right(starts, m.start()) - 1


def list_span(text: str) -> tuple[int, int]:
    """Where the target list stands in the text (the whole text when it is not found)."""
    found = find_target_list(text)
    lines = text.splitlines(keepends=True)
    starts = _line_starts(text)
    if found is None or not found.items or not lines:
        return 0, len(text)
    first = _heading_line(text, lines, starts, found.heading)
    if first is None:
        return 0, len(text)
    tail = found.items[-1].text
    last = len(lines) - 1
    # the line holding the end of the last item; its last words, if a break splits them
    for probe in (tail[-25:], tail.split()[-1] if tail.split() else ""):
        hit = next(
            (i for i in range(first, len(lines)) if probe and probe in squash(lines[i])), None
        )
        if hit is not None:
            last = hit
            break
    return starts[first], starts[last] + len(lines[last])


def _marks(
    text: str, start: int, end: int, targets: Iterable[Mapping[str, Any]], leftovers: list[str]
) -> list[_Mark]:
    marks: list[_Mark] = []
    pos = start
    for t in targets:
        for phrase in t.get("unparsed", []):
            pattern = phrase_pattern(phrase)
            # in order after the previous one, else anywhere in the list
            m = pattern.search(text, pos, end) or pattern.search(text, start, end)
            if m is None:
                continue
            marks.append(_Mark(m.start(), m.end(), f"({t['no']})"))
            pos = m.end()
    at = start
    for line in leftovers[:MARKED_LEFTOVERS]:
        # the lines left over stand in the text in this order: each is sought after the one
        # before, so thousands of them cost one pass over the list, not one each
        m = phrase_pattern(line).search(text, at, end)
        if m is not None:
            marks.append(_Mark(m.start(), m.end(), "–"))
            at = m.end()
    return marks


# A sentence that is not found whole (a word joined across a line break) is sought by
# its first words, and ends where its last words do.
EDGE_WORDS = 6


def _find_sentence(text: str, sentence: str, pos: int) -> tuple[int, int] | None:
    m = phrase_pattern(sentence).search(text, pos) or phrase_pattern(sentence).search(text)
    if m is not None:
        return m.start(), m.end()
    words = sentence.split()
    if len(words) <= EDGE_WORDS:
        return None
    head = phrase_pattern(" ".join(words[:EDGE_WORDS])).search(text, pos)
    if head is None:
        return None
    # the last words within a sentence's reach of its first ones
    reach = head.start() + 2 * len(sentence)
    tail = phrase_pattern(" ".join(words[-EDGE_WORDS:])).search(text, head.end(), reach)
    return (head.start(), tail.end()) if tail is not None else None


def _sentence_marks(text: str, located: Iterable[Located]) -> list[_Mark]:
    """Each sentence where it stands (sought in order), with its values inside it."""
    marks: list[_Mark] = []
    pos = 0
    for loc in located:
        found = _find_sentence(text, loc.sentence, pos)
        if found is None:
            continue
        a, b = found
        marks.append(_Mark(a, b, cls="sentence", ident=loc.ident, level=0))
        at = a
        for ident, value in loc.values:
            m = phrase_pattern(value).search(text, at, b) or phrase_pattern(value).search(
                text, a, b
            )
            if m is not None:
                marks.append(_Mark(m.start(), m.end(), cls="value", ident=ident))
                at = m.end()
        pos = b
    return marks


def _nested(sentences: list[_Mark], inner: list[_Mark]) -> list[_Mark]:
    """Marks that nest well: sentences apart from each other, each other mark inside one
    sentence or outside all, none overlapping another (the first of an overlap kept)."""
    kept: list[_Mark] = []
    for k in sorted(sentences, key=lambda k: k.start):
        if not kept or k.start >= kept[-1].end:
            kept.append(k)
    out = list(kept)
    last = -1
    for k in sorted(inner, key=lambda k: k.start):
        if k.start < last:
            continue
        crossing = any(s.start < k.end and k.start < s.end for s in kept) and not any(
            s.start <= k.start and k.end <= s.end for s in kept
        )
        if not crossing:
            out.append(k)
            last = k.end
    return sorted(out, key=lambda k: (k.start, -k.end, k.level))


def _html(text: str, a: int, b: int, marks: list[_Mark]) -> str:
    """``text[a:b]`` escaped, with the marks (well nested, in order) that lie inside it."""
    parts: list[str] = []
    pos = a
    open_marks: list[_Mark] = []
    for k in marks:
        if k.start < a or k.end > b:
            continue
        while open_marks and open_marks[-1].end <= k.start:
            done = open_marks.pop()
            parts += [escape(text[pos : done.end]), "</mark>"]
            pos = done.end
        parts += [escape(text[pos : k.start]), k.tag()]
        pos = k.start
        open_marks.append(k)
    while open_marks:
        done = open_marks.pop()
        parts += [escape(text[pos : done.end]), "</mark>"]
        pos = done.end
    parts.append(escape(text[pos:b]))
    return "".join(parts)


def source_view(
    text: str,
    targets: Iterable[Mapping[str, Any]],
    leftovers: list[str],
    located: Iterable[Located] = (),
) -> SourceView:
    start, end = list_span(text)
    words = _marks(text, start, end, targets, leftovers)
    found = _sentence_marks(text, located)
    sentences = [k for k in found if k.level == 0]
    marks = _nested(sentences, [k for k in found if k.level] + words)
    return SourceView(
        before=mark_safe(_html(text, 0, start, marks)),
        target_list=mark_safe(_html(text, start, end, marks)),
        after=mark_safe(_html(text, end, len(text), marks)),
        marks=sum(1 for k in marks if k.cls == "unparsed"),
        sentences=sum(1 for k in marks if k.cls == "sentence"),
    )
