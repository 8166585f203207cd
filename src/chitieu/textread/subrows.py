"""Sub-rows: a table's "- Trong đó: …" row, or a list's "+ Trong đó …" item, under the one
above it; a further measure of that target, not a target of its own."""

from __future__ import annotations

import re

from chitieu.textread.items import OF_WHICH, Item
from chitieu.textread.layouts import CELL

SUB_ROW = re.compile(r"^\s*(?:[-–+•]\s*)?trong đó\b", re.IGNORECASE)


def _sub_row(item: Item, above: Item) -> bool:
    """A table's "- Trong đó: …" row under a row; a list's "+ Trong đó …" under an item."""
    if CELL in item.text:
        return CELL in above.text and bool(SUB_ROW.match(item.text))
    return CELL not in above.text and bool(OF_WHICH.match(item.text))


def attach_sub_rows(items: list[Item]) -> list[Item]:
    """A table's "- Trong đó: …" row, or a list's "+ Trong đó …" item, is a further measure
    of the row or item above it, not a target of its own; the rows after it are numbered on
    in reading order."""
    out: list[Item] = []
    dropped = 0  # sub-rows taken so far in this run of numbers
    for item in items:
        if out and _sub_row(item, out[-1]):
            out[-1].sub_rows.append(item.text)
            dropped += 1
            continue
        if out and item.no - dropped <= out[-1].no:  # a list numbered afresh
            dropped = 0
        item.no -= dropped
        out.append(item)
    return out
