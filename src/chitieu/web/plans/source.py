"""The resolution's text as the review page shows it: the target list marked, and the
words the reader could not place highlighted (``<mark class="unparsed">``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chitieu.textread.structure import find_target_list, normalize, squash

_DASHES = "–—‒−"
MARKED_LEFTOVERS = 200  # a text with more lines left over is not worth marking line by line


@dataclass(frozen=True)
class SourceView:
    before: SafeString  # the text before the target list
    target_list: SafeString  # the list, with the unparsed words marked
    after: SafeString
    marks: int  # how many places are highlighted


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    title: str


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


def list_span(text: str) -> tuple[int, int]:
    """Where the target list stands in the text (the whole text when it is not found)."""
    found = find_target_list(text)
    lines = text.splitlines(keepends=True)
    starts = _line_starts(text)
    if found is None or not found.items or not lines:
        return 0, len(text)
    first = next(
        (i for i, ln in enumerate(lines) if squash(ln) and squash(ln) == found.heading), None
    )
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
    marks.sort(key=lambda k: k.start)
    # overlapping marks would nest badly: keep the first of any overlap
    out: list[_Mark] = []
    for k in marks:
        if not out or k.start >= out[-1].end:
            out.append(k)
    return out


def source_view(
    text: str, targets: Iterable[Mapping[str, Any]], leftovers: list[str]
) -> SourceView:
    start, end = list_span(text)
    marks = _marks(text, start, end, targets, leftovers)
    parts: list[str] = []
    pos = start
    for k in marks:
        parts.append(escape(text[pos : k.start]))
        words = escape(text[k.start : k.end])
        parts.append(f'<mark class="unparsed" title="{escape(k.title)}">{words}</mark>')
        pos = k.end
    parts.append(escape(text[pos:end]))
    return SourceView(
        before=escape(text[:start]),
        target_list=mark_safe("".join(parts)),
        after=escape(text[end:]),
        marks=len(marks),
    )
