"""The summary of a round as a Word document in the Party's format (Hướng dẫn 36-HD/VPTW):
A4 portrait, Times New Roman 14 pt, the header block of the review documents
(:func:`chitieu.reports.word.header_block`), the title, then the units consulted, the
comments part by part with the drafting team's answers, the general and unplaced
comments, and the table of proposed target changes.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Mm, Pt

from chitieu.consultation.consolidate import Consolidation, PartSummary
from chitieu.consultation.summary import (
    Options,
    answer_line,
    decision_text,
    header,
    kind_label,
    label,
    proposal_text,
)
from chitieu.reports.word import CENTER, JUSTIFY, PARTY_PT, header_block, page_setup, para
from chitieu.vnformat import format_vi


def render_docx(c: Consolidation, options: Options) -> bytes:
    """The .docx file's bytes."""
    lang = options.lang
    doc = Document()
    _page(doc, lang)
    header_block(doc, header(options), widths_mm=(70, 95))
    para(doc)
    para(doc, label("title", lang), bold=True, size=15, align=CENTER)
    para(doc, label("subtitle", lang, draft=c.draft.title), bold=True, size=14, align=CENTER)
    para(doc)
    _units(doc, c, lang)
    _parts(doc, c, lang)
    _general(doc, c, lang)
    _targets(doc, c, lang)
    props = doc.core_properties
    props.title = label("subtitle", lang, draft=c.draft.title)
    props.author = " ".join(line.text for line in header(options).issuer)
    props.language = "vi-VN" if lang == "vi" else "en-GB"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page(doc: Any, lang: str) -> None:
    page_setup(doc, lang, PARTY_PT)


def _heading(doc: Any, text: str) -> None:
    p = para(doc, text, bold=True)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)


def _text(doc: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
    p = para(doc, text, bold=bold, italic=italic, align=JUSTIFY)
    p.paragraph_format.first_line_indent = Cm(1.27)
    p.paragraph_format.space_after = Pt(3)
    return p


def _units(doc: Any, c: Consolidation, lang: str) -> None:
    _heading(doc, label("s_units", lang))
    counts = {"consulted": len(c.consulted), "replied": len(c.replied)}
    _text(doc, label("units_line", lang, **counts))
    if c.replied:
        _text(doc, label("replied_line", lang, units=", ".join(c.replied)))
    if c.missing:
        _text(doc, label("missing_line", lang, units=", ".join(c.missing)))


def _parts(doc: Any, c: Consolidation, lang: str) -> None:
    _heading(doc, label("s_parts", lang))
    if not c.parts:
        _text(doc, label("none", lang))
    for n, summary in enumerate(c.parts, start=1):
        _part(doc, c, summary, n, lang)


def _part(doc: Any, c: Consolidation, s: PartSummary, n: int, lang: str) -> None:
    _text(doc, f"{n}. {s.part.ref_in(lang)}", bold=True)
    _text(doc, label("draft_text", lang, text=s.part.text), italic=True)
    counts = {"replied": s.replied, "agreed": s.agreed, "proposed": s.proposed}
    _text(doc, label("counts", lang, **counts))
    for group in s.groups:
        proposal = proposal_text(group.comments[0], lang) or kind_label(group.kind, lang)
        _text(doc, f"- {', '.join(group.units)}: {proposal[:1].upper()}{proposal[1:]}")
        for comment in group.comments:
            _text(doc, f"+ {comment.unit}: {comment.text}")
            _text(doc, answer_line(c, comment, lang), italic=True)
    if s.new_text:
        _text(doc, label("new_text", lang, text=s.new_text))
    if s.next_part is not None:
        _text(doc, label("moved", lang, ref=s.next_part.ref_in(lang)), italic=True)


def _general(doc: Any, c: Consolidation, lang: str) -> None:
    if not c.general and not c.unplaced:
        return
    _heading(doc, label("s_general", lang))
    for comment in c.general:
        _text(doc, f"- {comment.unit}: {comment.text}")
        _text(doc, answer_line(c, comment, lang), italic=True)
    for comment in c.unplaced:
        where = label("unplaced", lang, anchor=comment.anchor or "–")
        _text(doc, f"- {comment.unit}: {comment.text} {where}")
        _text(doc, answer_line(c, comment, lang), italic=True)


TARGET_COLUMNS = (
    *(("c_no", 12), ("c_target", 55), ("c_unit", 35)),
    *(("c_value", 22), ("c_decision", 41)),
)


def _targets(doc: Any, c: Consolidation, lang: str) -> None:
    _heading(doc, label("s_targets", lang))
    proposals = c.target_proposals()
    if not proposals:
        _text(doc, label("no_targets", lang))
        return
    table = doc.add_table(rows=1 + len(proposals), cols=len(TARGET_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (key, width) in enumerate(TARGET_COLUMNS):
        _cell(table.rows[0].cells[i], label(key, lang), width, bold=True)
    for r, (s, comment) in enumerate(proposals, start=1):
        target = c.draft.target(comment.target) if comment.target is not None else None
        decision, reason = decision_text(c, comment, lang)
        values = [
            str(r),
            f"{s.part.ref_in(lang)}: {target.text if target else s.part.text}",
            comment.unit,
            format_vi(comment.proposed_value, locale=lang),
            f"{decision}: {reason}" if reason else decision,
        ]
        for i, value in enumerate(values):
            _cell(table.rows[r].cells[i], value, TARGET_COLUMNS[i][1])


def _cell(cell: Any, text: str, width_mm: int, *, bold: bool = False) -> None:
    cell.width = Mm(width_mm)
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold, run.font.size = bold, Pt(12)
