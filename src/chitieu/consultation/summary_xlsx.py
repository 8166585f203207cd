"""The summary of a round as a workbook: the units consulted, every comment with its part,
unit, group and the drafting team's decision, and the proposed target values.

Written through :class:`chitieu.reports.xlsxbook.Book`, so a unit's comment that starts
like a formula ("=…", "+…") stays text: the workbook never runs what somebody typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chitieu.consultation.consolidate import Consolidation
from chitieu.consultation.model import Comment
from chitieu.consultation.summary import (
    Options,
    decision_text,
    kind_label,
    label,
    proposal_text,
)
from chitieu.reports.xlsxbook import Book, Sheet
from chitieu.workbooks import column_letters

WRAP: dict[str, Any] = {"text_wrap": True, "valign": "top"}


def render_xlsx(c: Consolidation, options: Options) -> bytes:
    """The .xlsx file's bytes."""
    lang = options.lang
    book = Book()
    _units(book.sheet(label("sheet_units", lang)), c, lang)
    _comments(book.sheet(label("sheet_comments", lang)), c, lang)
    _targets(book.sheet(label("sheet_targets", lang)), c, lang)
    return book.close()


def _row(sheet: Sheet, r: int, values: Sequence[object], *, bold: bool = False) -> None:
    for i, value in enumerate(values, start=1):
        sheet.put(f"{column_letters(i)}{r}", value, bold=bold, **WRAP)


def _widths(sheet: Sheet, widths: Sequence[int]) -> None:
    for i, width in enumerate(widths):
        sheet.ws.set_column(i, i, width)


def _units(sheet: Sheet, c: Consolidation, lang: str) -> None:
    _widths(sheet, [6, 40, 14])
    _row(sheet, 1, [label(k, lang) for k in ("c_no", "c_unit", "c_replied")], bold=True)
    for n, unit in enumerate(c.consulted, start=1):
        replied = label("yes" if unit in c.replied else "no", lang)
        _row(sheet, n + 1, [n, unit, replied])


COMMENT_COLUMNS = (
    *("c_no", "c_ref", "c_text", "c_unit", "c_kind", "c_comment", "c_group"),
    *("c_proposed", "c_decision", "c_reason", "c_new"),
)


def _comments(sheet: Sheet, c: Consolidation, lang: str) -> None:
    _widths(sheet, [6, 24, 40, 24, 18, 40, 7, 30, 16, 30, 40])
    _row(sheet, 1, [label(k, lang) for k in COMMENT_COLUMNS], bold=True)
    rows: list[list[object]] = []
    for s in c.parts:
        for g, group in enumerate(s.groups, start=1):
            for comment in group.comments:
                ref, text = s.part.ref_in(lang), s.part.text
                rows.append(_comment(c, comment, ref, text, g, s.new_text or "", lang))
    for comment in c.general:
        rows.append(_comment(c, comment, label("general_ref", lang), "", None, "", lang))
    for comment in c.unplaced:
        ref = label("unplaced_ref", lang)
        rows.append(_comment(c, comment, ref, comment.anchor, None, "", lang))
    for n, row in enumerate(rows, start=1):
        _row(sheet, n + 1, [n, *row])


def _comment(
    c: Consolidation,
    comment: Comment,
    ref: str,
    text: str,
    group: int | None,
    new_text: str,
    lang: str,
) -> list[object]:
    decision, reason = decision_text(c, comment, lang)
    proposed = proposal_text(comment, lang)
    kind = kind_label(comment.kind, lang)
    return [
        ref,
        text,
        comment.unit,
        kind,
        comment.text,
        group,
        proposed,
        decision,
        reason,
        new_text,
    ]


TARGET_COLUMNS = ("c_no", "c_ref", "c_target", "c_unit", "c_value", "c_decision", "c_reason")


def _targets(sheet: Sheet, c: Consolidation, lang: str) -> None:
    _widths(sheet, [6, 24, 50, 24, 14, 16, 30])
    _row(sheet, 1, [label(k, lang) for k in TARGET_COLUMNS], bold=True)
    for n, (s, comment) in enumerate(c.target_proposals(), start=1):
        target = c.draft.target(comment.target) if comment.target is not None else None
        decision, reason = decision_text(c, comment, lang)
        what = target.text if target else s.part.text
        row = [n, s.part.ref_in(lang), what, comment.unit, comment.proposed_value]
        _row(sheet, n + 1, [*row, decision, reason])
