"""Getting the text out of the files resolutions come in: text, Word, PDF, web pages."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from chitieu.problems import InputError, Problem

SUPPORTED = (".txt", ".text", ".md", ".docx", ".pdf", ".html", ".htm")
# A PDF whose pages yield fewer letters than this is taken to have no text layer (a scan).
MIN_PDF_LETTERS = 40


def extract_text(path: str | Path) -> str:
    """The text of a resolution file; :class:`InputError` names what is wrong with it."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError([Problem(name, "no such file")])
    if suffix not in SUPPORTED:
        raise InputError(
            [
                Problem(
                    name,
                    f"unsupported file type '{suffix or path.name}' "
                    "(use .txt, .docx, .pdf or .html)",
                )
            ]
        )
    data = path.read_bytes()
    if suffix == ".docx":
        return _docx(path, name)
    if suffix == ".pdf":
        return _pdf(path, name)
    text = decode(data, name)
    return html_text(text) if suffix in (".html", ".htm") else text


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused.

    Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) decode to plausible-looking
    nonsense under the wrong guess, so none is guessed.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            [
                Problem(
                    name,
                    f"cannot decode the text: byte 0x{data[exc.start]:02x} at offset "
                    f"{exc.start} is not UTF-8; save the file as UTF-8 (Unicode) and try again",
                )
            ]
        ) from None


def _docx(path: Path, name: str) -> str:
    import docx
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as exc:
        raise InputError([Problem(name, f"not a readable Word .docx file ({exc})")]) from None
    from docx.table import Table

    lines: list[str] = []
    # In document order: targets are often typed into a table, one row per target.
    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            lines.append(block.text)
            continue
        for row in block.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text.strip() and cell.text.strip() not in cells:  # merged cells repeat
                    cells.append(cell.text.strip())
            if cells and re.fullmatch(r"\d{1,2}\.?", cells[0]):  # an STT column numbers the row
                cells[0] = f"({cells[0].rstrip('.')})"
            lines.append(" ".join(cells))
    return "\n".join(lines)


def _pdf(path: Path, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise InputError([Problem(name, f"not a readable PDF ({exc})")]) from None
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < MIN_PDF_LETTERS:
        raise InputError(
            [
                Problem(
                    name,
                    "the PDF has no text layer (a scanned image?): run OCR on it, or give the "
                    "text as .txt or .docx",
                )
            ]
        )
    return text


class _TextOfPage(HTMLParser):
    BLOCKS: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "blockquote",
        "header",
        "footer",
    }
    # <title> carries the site's name too ("… - Báo Cao Bằng"): the page's own heading is better
    SKIP: ClassVar[set[str]] = {"script", "style", "noscript", "template", "svg", "nav", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The visible text of a saved web page, one block per line."""
    parser = _TextOfPage()
    parser.feed(html)
    text = "".join(parser.parts)
    return "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines())
