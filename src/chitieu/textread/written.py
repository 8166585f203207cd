"""A table row's text as it stands in the file.

The reader keeps a row's cells apart by " | " whatever the file wrote between them ("|",
a tab, a run of spaces). A row the file wrote on one line is shown and saved as written
there, after its STT cell (the labelling guide: "the whole row as it stands"); a row put
together from cells one a line has no such line and reads with its cells apart by spaces.
"""

from __future__ import annotations

import re

from chitieu.textread.layouts import CELL

# Between two cells: a bar or a tab (with the spaces around them), or a run of spaces
_BETWEEN = re.compile(r"[ \t]*[|\t][ \t]*|[ ]{2,}")
# The STT cell opening a row ("1 | ", "| 2. |", "3\t"), or a bullet opening an item whose
# label and figure a tab parts ("- Tỷ lệ che phủ rừng:\t50% trở lên.")
_LEAD_CELL = re.compile(r"^\s*(?:\|?\s*\d{1,3}\.?[ \t]*(?:\||\t|[ ]{2,})|[-+•*–][ \t]+)")


def written_rows(text: str) -> dict[str, str]:
    """Each one-line row of ``text``, by the cells the reader keeps of it (" | " between
    them, each squashed), mapped to the row as written after its STT cell."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if "|" not in line and "\t" not in line:
            continue
        rest = _LEAD_CELL.sub("", line, count=1).strip().strip("|").strip()
        cells = [" ".join(c.split()) for c in _BETWEEN.split(rest) if c.strip()]
        if len(cells) >= 2:
            rows.setdefault(CELL.join(cells), rest)
    return rows


def row_text(item_text: str, rows: dict[str, str]) -> str:
    """A target's text: its row as the file wrote it on one line, or its cells apart by
    spaces (a row put together from cells one a line)."""
    if CELL not in item_text:
        return item_text
    return rows.get(item_text) or item_text.replace(CELL, " ")
