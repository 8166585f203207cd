"""The minutes of the count as a PDF: the same document as HTML and CSS, typeset by
WeasyPrint with the serif the review documents embed (:func:`chitieu.reports.pdf.font_faces`)."""

from __future__ import annotations

from html import escape

from chitieu.elections.minutes import Document, Para, Table
from chitieu.reports.pdf import font_faces, header_html, typeset

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @bottom-center { content: counter(page); font-family: %(family)s; font-size: 11pt; } }
body { font-family: %(family)s, 'Times New Roman', serif; font-size: 14pt; line-height: 1.3; }
table.head { width: 100%%; border-collapse: collapse; }
table.head td { width: 50%%; text-align: center; vertical-align: top; padding: 0; }
.party-heading { font-size: 15pt; font-weight: bold; display: inline-block;
  border-bottom: 0.6pt solid black; padding-bottom: 1pt; }
.dateline { font-style: italic; margin-top: 4pt; }
p { margin: 0 0 3pt 0; text-align: justify; }
p.center { text-align: center; }
p.indent { text-indent: 1.27cm; }
p.title { margin-top: 14pt; }
table.votes { border-collapse: collapse; margin: 6pt auto; font-size: 13pt; }
table.votes th, table.votes td { border: 0.6pt solid black; padding: 2pt 4pt;
  text-align: center; vertical-align: middle; }
table.votes td.left { text-align: left; }
table.votes tr { page-break-inside: avoid; }
table.signs { width: 100%%; margin-top: 18pt; page-break-inside: avoid; }
table.signs td { width: 50%%; text-align: center; vertical-align: top; padding-bottom: 12pt; }
table.signs .room { height: 60pt; }
"""


def minutes_html(document: Document) -> tuple[str, str]:
    """The document as HTML, and its CSS."""
    faces, family = font_faces()
    css = faces + CSS % {"family": f"'{family}'"}
    parts = [f'<html lang="{document.lang}"><head><meta charset="utf-8">']
    parts.append(f"<title>{escape(document.title[0].text)}</title></head><body>")
    parts.append(header_html(document.header))
    parts += [_para(p, "title" if i == 0 else "") for i, p in enumerate(document.title)]
    parts.append('<p class="center">&nbsp;</p>')
    for block in document.body:
        parts.append(_table(block) if isinstance(block, Table) else _para(block))
    parts.append(_signatures(document.signatures))
    parts.append("</body></html>")
    return "".join(parts), css


def _para(p: Para, extra: str = "") -> str:
    classes = " ".join(
        c for c, on in (("center", p.center), ("indent", p.indent), (extra, bool(extra))) if on
    )
    text = escape(p.text)
    if p.bold:
        text = f"<b>{text}</b>"
    if p.italic:
        text = f"<i>{text}</i>"
    return f'<p class="{classes}">{text}</p>' if classes else f"<p>{text}</p>"


def _table(block: Table) -> str:
    out = ['<table class="votes"><colgroup>']
    out += [f'<col style="width: {w}mm">' for w in block.widths_mm]
    out.append("</colgroup><thead><tr>")
    out += [f"<th>{escape(h)}</th>" for h in block.headers]
    out.append("</tr></thead><tbody>")
    for row in block.rows:
        cells = [
            f'<td class="left">{escape(x)}</td>' if i in block.left else f"<td>{escape(x)}</td>"
            for i, x in enumerate(row)
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _signatures(signatures: list[tuple[str, str]]) -> str:
    cells = []
    for role, name in signatures:
        head = "<br>".join(f"<b>{escape(x)}</b>" for x in role.splitlines())
        cells.append(f'<td>{head}<div class="room"></div><b>{escape(name)}</b></td>')
    if len(cells) == 1:
        cells.insert(0, "<td></td>")  # one signature: on the right, as the chair signs
    rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return '<table class="signs">' + "".join(rows) + "</table>"


def render_pdf(document: Document) -> bytes:
    """The PDF file's bytes."""
    return typeset(*minutes_html(document))
