"""The review as a PDF: the same document as HTML and CSS, typeset by WeasyPrint.

WeasyPrint embeds (a subset of) every font it uses. The serif is Liberation Serif 2,
metric-compatible with Times New Roman and complete for Vietnamese (Debian's
fonts-liberation2; the older fonts-liberation lacks letters such as "ạ" and "ư"), read
from its files so that an older font of the same name is never picked; DejaVu Serif is
the fallback.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from chitieu.reports.header import Header
from chitieu.reports.labels import t
from chitieu.reports.review import ReviewData, task_line_text

# (family, directory, regular, bold, italic, bold italic): the first one found is used.
_FONTS = [
    (
        "Liberation Serif",
        Path("/usr/share/fonts/truetype/liberation2"),
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    (
        "DejaVu Serif",
        Path("/usr/share/fonts/truetype/dejavu"),
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
]


def font_faces() -> tuple[str, str]:
    """The @font-face rules for the serif found on this machine, and its family name."""
    for family, folder, *files in _FONTS:
        if not (folder / files[0]).exists():
            continue
        faces = []
        styles = [
            ("normal", "normal"),
            ("bold", "normal"),
            ("normal", "italic"),
            ("bold", "italic"),
        ]
        for (weight, style), name in zip(styles, files, strict=True):
            path = folder / name
            if path.exists():
                faces.append(
                    f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
                    f"font-style: {style}; src: url('{path.as_uri()}'); }}"
                )
        return "\n".join(faces), family
    return "", "Times New Roman"


CSS = """
@page {
  size: A4 landscape;
  margin: 20mm 15mm 20mm 30mm;
  @bottom-center { content: counter(page); font-family: %(family)s; font-size: 11pt; }
}
body { font-family: %(family)s, 'Times New Roman', serif; font-size: 13pt; line-height: 1.3; }
table.head { width: 100%%; border-collapse: collapse; }
table.head td { width: 50%%; text-align: center; vertical-align: top; padding: 0; }
.issuer b, .motto b { font-weight: bold; }
.motto .m1 { font-size: 12pt; }
.rule { width: 35%%; margin: 1pt auto 4pt auto; border-top: 0.6pt solid black; }
.dateline { font-style: italic; margin-top: 4pt; }
body.party { font-size: 14pt; }
.party-heading { font-size: 15pt; font-weight: bold; display: inline-block;
  border-bottom: 0.6pt solid black; padding-bottom: 1pt; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0 0; }
p.sub { font-weight: bold; font-size: 14pt; text-align: center; margin: 0; }
p.plan { font-style: italic; text-align: center; margin: 0 0 12pt 0; }
table.targets { width: 100%%; border-collapse: collapse; table-layout: fixed;
  font-size: %(table_pt)spt; line-height: 1.2; }
table.targets th, table.targets td { border: 0.6pt solid black; padding: 2pt 3pt;
  text-align: center; vertical-align: middle; overflow-wrap: break-word; }
table.targets th { font-weight: bold; }
table.targets td.name { text-align: left; }
table.targets tr.heading td { font-weight: bold; }
table.targets tr { page-break-inside: avoid; }
.mark { display: block; font-style: italic; font-size: 0.9em; }
.notes { font-size: 11pt; font-style: italic; margin-top: 6pt; }
.notes p { margin: 0; }
h2 { font-size: 13pt; margin: 14pt 0 6pt 0; }
p.judgement { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt 0; }
"""


def review_html(review: ReviewData) -> tuple[str, str]:
    """The document as HTML, and its CSS."""
    faces, family = font_faces()
    css = faces + CSS % {
        "family": f"'{family}'",
        "table_pt": 10 if len(review.columns) > 11 else 11,
    }
    lang = review.lang
    parts = [f'<html lang="{lang}"><head><meta charset="utf-8">']
    parts.append(f"<title>{escape(' '.join(review.title[:2]))}</title></head>")
    parts.append('<body class="party">' if review.header.party else "<body>")
    parts.append(header_html(review.header))
    first, *rest = review.title
    parts.append(f"<h1>{escape(first)}</h1>")
    parts += [f'<p class="sub">{escape(line)}</p>' for line in rest[:-1]]
    parts.append(f'<p class="plan">{escape(rest[-1])}</p>')
    parts.append(_table(review))
    notes = "".join(f"<p>{escape(n)}</p>" for n in review.notes)
    parts.append(f'<div class="notes"><b>{escape(t("notes", lang))}:</b>{notes}</div>')
    parts.append(f"<h2>{escape(t('judgement', lang))}</h2>")
    for text in review.judgement:
        if text.startswith(review.headline):
            body = f"<b>{escape(review.headline)}</b>{escape(text[len(review.headline) :])}"
        else:
            body = escape(text)
        parts.append(f'<p class="judgement">{body}</p>')
    if review.late_tasks:
        parts.append(f'<h2 id="late-tasks">{escape(t("late_tasks", lang))}</h2>')
        parts += [
            f'<p class="task">- {escape(task_line_text(x, lang))}</p>' for x in review.late_tasks
        ]
    parts.append("</body></html>")
    return "".join(parts), css


def header_html(h: Header) -> str:
    """The header block: the issuing body and number, the heading, the place and date (the
    election minutes too)."""
    issuer = "<br>".join(f"<b>{escape(x.text)}</b>" if x.bold else escape(x.text) for x in h.issuer)
    if h.party:  # Hướng dẫn 36-HD/VPTW: a star under the body, the heading underlined
        below = '<div class="star">*</div>'
        heading = f'<span class="party-heading">{escape(h.heading[0])}</span>'
    else:
        below = '<div class="rule"></div>'
        heading = (
            f'<b class="m1">{escape(h.heading[0])}</b><br><b>{escape(h.heading[1])}</b>'
            '<div class="rule"></div>'
        )
    return (
        '<table class="head"><tr>'
        f'<td class="issuer">{issuer}{below}{escape(h.number)}</td>'
        f'<td class="motto">{heading}<div class="dateline">{escape(h.dateline)}</div></td>'
        "</tr></table>"
    )


def _table(review: ReviewData) -> str:
    cols = review.columns
    out = ['<table class="targets"><colgroup>']
    out += [f'<col style="width: {c.width_mm}mm">' for c in cols]
    out.append("</colgroup><thead><tr>")
    subs = []
    i = 0
    while i < len(cols):
        col = cols[i]
        if not col.group:
            out.append(f'<th rowspan="2">{escape(col.title)}</th>')
            i += 1
            continue
        j = i
        while j + 1 < len(cols) and cols[j + 1].group == col.group:
            j += 1
        out.append(f'<th colspan="{j - i + 1}">{escape(col.group)}</th>')
        subs += [f"<th>{escape(cols[k].title)}</th>" for k in range(i, j + 1)]
        i = j + 1
    out.append("</tr><tr>" + "".join(subs) + "</tr></thead><tbody>")
    for row in review.rows:
        out.append('<tr class="heading">' if row.heading else "<tr>")
        for col in cols:
            text, mark = review.cell(row, col.key)
            cls = ' class="name"' if col.key == "name" else ""
            tail = f'<span class="mark">{escape(mark)}</span>' if mark else ""
            out.append(f"<td{cls}>{escape(text)}{tail}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render_pdf(review: ReviewData) -> bytes:
    """The PDF file's bytes."""
    return typeset(*review_html(review))


def typeset(html: str, css: str) -> bytes:
    """A PDF of ``html`` styled by ``css`` (the review documents, the election minutes)."""
    # Imported here: WeasyPrint loads pango when imported, and only PDFs need it.
    from weasyprint import CSS as Stylesheet
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()  # @font-face rules need one shared by the CSS and the render
    sheet = Stylesheet(string=css, font_config=fonts)
    pdf = HTML(string=html).write_pdf(stylesheets=[sheet], font_config=fonts)
    assert pdf is not None
    return bytes(pdf)
