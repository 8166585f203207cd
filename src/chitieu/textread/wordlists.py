"""The markers Word draws for its automatic numbering and bullets.

A Word list numbered by Word itself ("List Number", or a paragraph's own numbering) keeps
its numbers out of the paragraph's text: python-docx gives "Tốc độ tăng trưởng …" where
the page shows "1. Tốc độ tăng trưởng …". Offices' resolutions are mostly such documents,
so the reader writes the marker back from the numbering part: each list's counters per
level, the level's format (decimal, letters, roman, bullet) and its text ("%1.", "%1.%2.",
"(%1)")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVEL = 8  # Word's nine levels, 0 to 8
MAX_COUNT = 10_000  # a counter past this is no list of targets: no marker is drawn


@dataclass(frozen=True)
class _Level:
    fmt: str  # decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet …
    text: str  # "%1.", "%1.%2.", "(%1)", or a bullet's glyph
    start: int


@dataclass
class Numbering:
    """The document's list definitions and, as paragraphs are read in order, the counters
    of each list."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # by numId
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        # python-docx raises NotImplementedError for a document without a numbering part
        # (it would have to make one) and AttributeError for a part that is no XML (a
        # damaged file): either way Word draws no markers
        try:
            element = document.part.numbering_part.element
        except (NotImplementedError, AttributeError):
            return cls()
        abstract = {
            a.get(f"{_W}abstractNumId"): _levels(a) for a in element.iter(f"{_W}abstractNum")
        }
        found = cls()
        for num in element.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                levels = dict(abstract[ref.get(f"{_W}val")])
                _restart(levels, num)
                found.levels[num.get(f"{_W}numId") or ""] = levels
        return found

    def marker(self, paragraph: Any) -> str:
        """The marker Word draws before ``paragraph`` ("1. ", "a) ", "- "), or ""."""
        num_id, level = _numbering_of(paragraph)
        levels = self.levels.get(num_id or "")
        if levels is None or level not in levels:
            return ""
        counts = self.counters.setdefault(num_id or "", [0] * (MAX_LEVEL + 1))
        counts[level] = counts[level] + 1 if counts[level] else levels[level].start
        for deeper in range(level + 1, MAX_LEVEL + 1):
            counts[deeper] = 0
        this = levels[level]
        if this.fmt == "bullet" or counts[level] > MAX_COUNT:
            return "- "
        drawn = re.sub(
            r"%([1-9])",
            lambda m: _number(levels, counts, int(m.group(1)) - 1),
            this.text,
        )
        return drawn.strip() + " " if drawn.strip() else ""


def _levels(abstract: Any) -> dict[int, _Level]:
    out = {}
    for lvl in abstract.iter(f"{_W}lvl"):
        level = int(lvl.get(f"{_W}ilvl") or 0)
        if not 0 <= level <= MAX_LEVEL:
            continue
        fmt, text, start = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText"), lvl.find(f"{_W}start")
        value = start.get(f"{_W}val") if start is not None else "1"
        out[level] = _Level(
            fmt=(fmt.get(f"{_W}val") if fmt is not None else None) or "decimal",
            text=(text.get(f"{_W}val") if text is not None else None) or "",
            start=int(value) if value and value.isdigit() else 1,
        )
    return out


def _restart(levels: dict[int, _Level], num: Any) -> None:
    """A list that starts again where Word's <w:startOverride> says ("1." for a new list
    sharing its look with the one before)."""
    for override in num.iter(f"{_W}lvlOverride"):
        start = override.find(f"{_W}startOverride")
        level, value = (
            override.get(f"{_W}ilvl") or "0",
            start.get(f"{_W}val") if start is not None else "",
        )
        if level.isdigit() and int(level) in levels and value and value.isdigit():
            old = levels[int(level)]
            levels[int(level)] = _Level(old.fmt, old.text, int(value))


def _numbering_of(paragraph: Any) -> tuple[str | None, int]:
    """The paragraph's list and level: its own numbering, else its style's."""
    for owner in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = owner.find(f"{_W}pPr") if owner is not None else None
        num = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num is None:
            continue
        num_id, ilvl = num.find(f"{_W}numId"), num.find(f"{_W}ilvl")
        level = ilvl.get(f"{_W}val") if ilvl is not None else "0"
        if num_id is not None:
            return num_id.get(f"{_W}val"), int(level) if level and level.isdigit() else 0
    return None, 0


def _number(levels: dict[int, _Level], counts: list[int], level: int) -> str:
    n = counts[level] if level < len(counts) else 0
    fmt = levels[level].fmt if level in levels else "decimal"
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        word = letters[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else ""
        return word.upper() if fmt == "upperLetter" else word
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, glyph in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + glyph, n - value
    return out
