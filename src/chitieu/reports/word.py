"""The review as a Word document in the official style (Decree 30/2020/NĐ-CP for people's
councils and committees, Hướng dẫn 36-HD/VPTW for Party committees).

A4 landscape so that a term's years fit in one table; Times New Roman 13 pt for the text
(14 pt in a Party document; 11 pt, or 10 pt for a wide table, in the table as annex tables
are set); the header block with the issuing body and number on the left and the national
motto (or the Party's heading), place and date on the right; the title; the table with
merged header cells; the notes; the judgement.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell

from chitieu.reports.header import Header
from chitieu.reports.labels import t
from chitieu.reports.review import ReviewData, task_line_text

FONT = "Times New Roman"
BODY_PT = 13
PARTY_PT = 14  # Hướng dẫn 36-HD/VPTW: 14 pt for the header and the text
CENTER, LEFT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)


def render_docx(review: ReviewData) -> bytes:
    """The .docx file's bytes."""
    doc = Document()
    _page_and_fonts(doc, review)
    header_block(doc, review.header)
    _title(doc, review)
    _table(doc, review)
    _notes(doc, review)
    _judgement(doc, review)
    _late_tasks(doc, review)
    props = doc.core_properties
    props.title = " ".join(review.title[:2])
    props.subject = review.plan.title
    props.author = review.header.author
    props.language = "vi-VN" if review.lang == "vi" else "en-GB"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page_and_fonts(doc: Any, review: ReviewData) -> None:
    page_setup(doc, review.lang, _body_pt(review), landscape=True)


def page_setup(
    doc: Any, lang: str, size: int, *, landscape: bool = False, space_after: float = 0
) -> None:
    """An A4 page with the official margins and the body font in ``size`` points, marked
    as Vietnamese or English text (the review documents, the minutes, the summaries)."""
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    # Decree 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    mark = OxmlElement("w:lang")
    mark.set(qn("w:val"), "vi-VN" if lang == "vi" else "en-GB")
    rpr.append(mark)
    style.paragraph_format.space_after = Pt(space_after)


def para(
    container: Any,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align: Any = None,
) -> Any:
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _rule(paragraph: Any) -> None:
    """A short line under a block, as under the issuing body and the motto."""
    run = paragraph.add_run("―――――――――")
    run.font.size = Pt(8)


def _body_pt(review: ReviewData) -> int:
    return PARTY_PT if review.header.party else BODY_PT


def header_block(doc: Any, h: Header, widths_mm: tuple[int, int] = (100, 152)) -> None:
    """The header block of a document in the official style (the election minutes too),
    its two columns ``widths_mm`` wide (A4 landscape by default)."""
    size = PARTY_PT if h.party else BODY_PT
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Mm(widths_mm[0]), Mm(widths_mm[1])
    left.paragraphs[0].text = ""
    for i, line in enumerate(h.issuer):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        run = p.add_run(line.text)
        run.bold, run.font.size = line.bold, Pt(size)
        p.alignment = CENTER
    if h.party:
        para(left, "*", size=size, align=CENTER)  # 36-HD/VPTW: a star under the body
    else:
        _rule(para(left, align=CENTER))
    if h.number:
        para(left, h.number, size=size, align=CENTER)
    p = right.paragraphs[0]
    p.alignment = CENTER
    if h.party:
        # the heading, 15 pt bold, with a line under it as long as itself
        run = p.add_run(h.heading[0])
        run.bold, run.underline, run.font.size = True, True, Pt(15)
    else:
        run = p.add_run(h.heading[0])
        run.bold, run.font.size = True, Pt(12)
        para(right, h.heading[1], bold=True, size=size, align=CENTER)
        _rule(para(right, align=CENTER))
    para(right, h.dateline, italic=True, size=size, align=CENTER)


def _title(doc: Any, review: ReviewData) -> None:
    para(doc)
    first, *rest = review.title
    para(doc, first, bold=True, size=14, align=CENTER)
    for line in rest[:-1]:
        para(doc, line, bold=True, size=14, align=CENTER)
    para(doc, rest[-1], italic=True, size=_body_pt(review), align=CENTER)
    para(doc)


def _fill(
    cell: _Cell,
    text: str,
    mark: str = "",
    *,
    bold: bool = False,
    size: float = 11,
    align: Any = CENTER,
) -> None:
    """Put ``text`` (and a mark such as "ước" on its own line, in italics) into a cell."""
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    run = p.add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    if mark:
        run.add_break()
        note = p.add_run(mark)
        note.italic, note.font.size = True, Pt(size - 1)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _repeat_as_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def _table(doc: Any, review: ReviewData) -> None:
    cols = review.columns
    size = 10 if len(cols) > 11 else 11
    table = doc.add_table(rows=2 + len(review.rows), cols=len(cols))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, col in enumerate(cols):
        table.columns[i].width = Mm(col.width_mm)
        for cell in table.columns[i].cells:
            cell.width = Mm(col.width_mm)
    top, sub = table.rows[0], table.rows[1]
    i = 0
    while i < len(cols):
        col = cols[i]
        if not col.group:
            merged = top.cells[i].merge(sub.cells[i])
            _fill(merged, col.title, bold=True, size=size)
            i += 1
            continue
        j = i
        while j + 1 < len(cols) and cols[j + 1].group == col.group:
            j += 1
        group = top.cells[i].merge(top.cells[j]) if j > i else top.cells[i]
        _fill(group, col.group, bold=True, size=size)
        for k in range(i, j + 1):
            _fill(sub.cells[k], cols[k].title, bold=True, size=size)
        i = j + 1
    _repeat_as_header(top)
    _repeat_as_header(sub)
    for r, row in enumerate(review.rows, start=2):
        cells = table.rows[r].cells
        for c, col in enumerate(cols):
            text, mark = review.cell(row, col.key)
            align = LEFT if col.key == "name" else CENTER
            _fill(cells[c], text, mark, bold=row.heading, size=size, align=align)
        _keep_row_whole(table.rows[r])


def _keep_row_whole(row: Any) -> None:
    """A row is not split across pages (w:cantSplit)."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _notes(doc: Any, review: ReviewData) -> None:
    p = para(doc)
    p.paragraph_format.space_before = Pt(6)
    head = p.add_run(f"{t('notes', review.lang)}: ")
    head.bold, head.italic, head.font.size = True, True, Pt(11)
    for i, note in enumerate(review.notes):
        target = p if i == 0 else para(doc)
        run = target.add_run(note)
        run.italic, run.font.size = True, Pt(11)


def _judgement(doc: Any, review: ReviewData) -> None:
    p = para(doc, t("judgement", review.lang), bold=True, size=_body_pt(review))
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    for text in review.judgement:
        p = doc.add_paragraph()
        p.alignment = JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.line_spacing = 1.15
        if text.startswith(review.headline):
            # the headline count is what a conference remembers: in bold
            lead = p.add_run(review.headline)
            lead.bold = True
            text = text[len(review.headline) :]
        p.add_run(text)


def _late_tasks(doc: Any, review: ReviewData) -> None:
    if not review.late_tasks:
        return
    p = para(doc, t("late_tasks", review.lang), bold=True, size=_body_pt(review))
    p.paragraph_format.space_before = Pt(12)
    for task in review.late_tasks:
        p = doc.add_paragraph(f"- {task_line_text(task, review.lang)}")
        p.alignment = JUSTIFY
        p.paragraph_format.space_after = Pt(3)
