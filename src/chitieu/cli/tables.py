"""Plain-text tables for the terminal, aligned for Vietnamese text."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Display width: combining marks take no column, wide characters take two."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], limits: Sequence[int]) -> str:
    """A table with a header rule; each column clipped to its limit."""
    rows = [
        [clip(unicodedata.normalize("NFC", c), lim) for c, lim in zip(r, limits, strict=True)]
        for r in rows
    ]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    out = [line(headers), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)
