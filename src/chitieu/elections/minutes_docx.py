"""The minutes of the count as a Word document: A4 portrait, Times New Roman 14 pt, the
Party's header block (Hướng dẫn 36-HD/VPTW) as the review documents set it."""

from __future__ import annotations

import io
from typing import Any

from docx import Document as Word
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Mm, Pt

from chitieu.elections.minutes import Document, Para, Table
from chitieu.reports.word import (
    CENTER,
    JUSTIFY,
    LEFT,
    PARTY_PT,
    header_block,
    page_setup,
    para,
)

TABLE_PT = 13


def render_docx(document: Document) -> bytes:
    """The .docx file's bytes."""
    doc = Word()
    _page(doc, document.lang)
    header_block(doc, document.header, (70, 95))  # A4 portrait: 165 mm between the margins
    para(doc)
    for p in document.title:
        _paragraph(doc, p)
    para(doc)
    for block in document.body:
        if isinstance(block, Table):
            _table(doc, block)
        else:
            _paragraph(doc, block)
    _signatures(doc, document.signatures)
    props = doc.core_properties
    props.title = " ".join(p.text for p in document.title[:2])
    props.subject = document.subject
    props.language = "vi-VN" if document.lang == "vi" else "en-GB"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page(doc: Any, lang: str) -> None:
    page_setup(doc, lang, PARTY_PT, space_after=3)


def _paragraph(doc: Any, p: Para) -> None:
    align = CENTER if p.center else JUSTIFY
    out = para(doc, p.text, bold=p.bold, italic=p.italic, align=align)
    if p.indent:
        out.paragraph_format.first_line_indent = Cm(1.27)


def _table(doc: Any, block: Table) -> None:
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, width in enumerate(block.widths_mm):
        for cell in table.columns[i].cells:
            cell.width = Mm(width)
    for i, text in enumerate(block.headers):
        _cell(table.rows[0].cells[i], text, bold=True, align=CENTER)
    for r, row in enumerate(block.rows, start=1):
        for i, text in enumerate(row):
            _cell(table.rows[r].cells[i], text, align=LEFT if i in block.left else CENTER)
    para(doc)


def _cell(cell: Any, text: str, *, bold: bool = False, align: Any = CENTER) -> None:
    p = cell.paragraphs[0]
    p.alignment = align
    run = p.add_run(text)
    run.bold, run.font.size = bold, Pt(TABLE_PT)


def _signatures(doc: Any, signatures: list[tuple[str, str]]) -> None:
    """Two signatures a row: the role in bold capitals, room to sign, the name in bold."""
    para(doc)
    cols = 2 if len(signatures) > 1 else 1
    rows = (len(signatures) + cols - 1) // cols
    table = doc.add_table(rows=rows, cols=cols)
    for i, (role, name) in enumerate(signatures):
        cell = table.rows[i // cols].cells[i % cols if cols > 1 else 0]
        cell.paragraphs[0].text = ""
        first = True
        for line in role.splitlines() or [""]:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = CENTER
            p.add_run(line).bold = True
        for _ in range(3):  # room for the signature
            cell.add_paragraph()
        p = cell.add_paragraph()
        p.alignment = CENTER
        p.add_run(name).bold = True
