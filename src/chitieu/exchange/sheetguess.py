"""A first look at a department's spreadsheet: its sheets, its top rows, and a proposed
mapping (the layout, the header row, which column holds what) for a person to check.

The proposal is only a starting point: the web app's mapping step shows it, the person
corrects it, and :func:`chitieu.exchange.sheets.preview` judges the result. A row with
two or more headings that name a period ("Năm 2021", "9 tháng 2023":
:mod:`chitieu.exchange.vnheadings`) is the header of a **wide** sheet, its measure column
the one headed "Chỉ tiêu" (or "Tên …", "Nội dung"), else the first other heading that is
not a row number. Otherwise the first row naming a period and a value column is the
header of a **long** sheet, each role found by the words of its heading.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chitieu.exchange.mapping import Mapping
from chitieu.exchange.sheets import MAX_CELLS, SEARCH_ROWS, Rows, open_sheet
from chitieu.exchange.vnheadings import heading, normal

# role → words that, in a heading, name it (normalised: lower case, single spaces)
_WORDS: dict[str, tuple[str, ...]] = {
    "metric": ("chỉ tiêu", "tên chỉ tiêu", "nội dung", "metric", "measure"),
    "unit": ("mã đơn vị", "mã địa bàn", "địa bàn", "unit_code", "unit"),
    "period": ("kỳ báo cáo", "kỳ", "period", "năm"),
    "value": ("giá trị", "số liệu", "value", "kết quả"),
    "stage": ("loại số liệu", "giai đoạn", "stage"),
    "as_of": ("ngày báo cáo", "ngày", "as_of"),
    "source": ("nguồn", "source"),
    "note": ("ghi chú", "note"),
}
_NUMBERING = ("stt", "tt", "số tt", "số thứ tự", "no", "#")


@dataclass
class Glance:
    """The file's sheets, the chosen sheet's first rows as text, and the proposal."""

    sheets: list[str]
    sheet: str
    rows: list[list[str]]
    guess: Mapping


def glance(path: str | Path, mapping: Mapping, cells: int = MAX_CELLS) -> Glance:
    """Open the sheet the mapping names (the first one by default; spanning at most
    ``cells`` rows × columns) and propose where its figures are; a mapping that already
    says so is kept as it is."""
    sheet, names, rows = open_sheet(path, mapping, cells)
    top = [[_shown(v) for v in row] for row in rows[:SEARCH_ROWS]]
    given = mapping.columns or mapping.header_row
    return Glance(names, sheet, top, mapping if given else guess(rows, mapping))


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def guess(rows: Rows, mapping: Mapping) -> Mapping:
    """The mapping with a proposed layout, header row and columns (unchanged if none)."""
    for i, row in enumerate(rows[:SEARCH_ROWS]):
        if sum(1 for v in row if heading(v) is not None) >= 2:
            columns = _wide_columns(row)
            return dataclasses.replace(mapping, layout="wide", header_row=i + 1, columns=columns)
    for i, row in enumerate(rows[:SEARCH_ROWS]):
        columns = _long_columns(row)
        if "period" in columns and "value" in columns:
            return dataclasses.replace(mapping, layout="long", header_row=i + 1, columns=columns)
    return mapping


def _texts(row: Sequence[object]) -> list[str]:
    return [_shown(v) for v in row]


def _wide_columns(row: Sequence[object]) -> dict[str, str]:
    others = [t for t in _texts(row) if t and heading(t) is None]
    named = _find(others, _WORDS["metric"])
    if named is None:
        named = next((t for t in others if normal(t) not in _NUMBERING), None)
    return {"metric": named} if named else {}


def _long_columns(row: Sequence[object]) -> dict[str, str]:
    texts = [t for t in _texts(row) if t]
    out: dict[str, str] = {}
    for role, words in _WORDS.items():
        found = _find([t for t in texts if t not in out.values()], words)
        if found is not None:
            out[role] = found
    return out


def _find(texts: list[str], words: tuple[str, ...]) -> str | None:
    """The first heading that is one of ``words``, else the first that holds one."""
    for t in texts:
        if normal(t) in words:
            return t
    for t in texts:
        if any(w in normal(t) for w in words):
            return t
    return None
