"""Getting the text out of the files resolutions come in: text, Word, PDF, web pages.

Whatever a file holds, the answer is its text or an :class:`InputError` naming the file:
never another exception. The files are bounded before they are parsed: their size, what a
Word file unpacks to (:mod:`chitieu.ziplimits`), and the length of the text taken out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from chitieu.problems import InputError, Message, Problem, coded
from chitieu.textread.layouts import starts_item, table_row
from chitieu.textread.letters import repair_text
from chitieu.textread.wordlists import Numbering
from chitieu.ziplimits import MB, ZipLimits, ZipRefused, checked_zip

SUPPORTED = (".txt", ".text", ".md", ".docx", ".pdf", ".html", ".htm")
# A PDF whose pages yield fewer letters than this is taken to have no text layer (a scan).
MIN_PDF_LETTERS = 40
# A resolution with its annexes and pictures fits in 20 MB; its text is 20–200 thousand
# characters. Past these a file is no resolution, and reading it would only cost time.
MAX_FILE_BYTES = 20 * MB
MAX_TEXT_CHARS = 2_000_000
WORD_LIMITS = ZipLimits(parts=2000, part_bytes=64 * MB, total_bytes=256 * MB)


def extract_text(path: str | Path) -> str:
    """The text of a resolution file; :class:`InputError` names what is wrong with it."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    data = read_file(path)
    if suffix == ".docx":
        text = _docx(data, name)
    elif suffix == ".pdf":
        text = _pdf(data, name)
    else:
        text = decode(data, name)
        if suffix in (".html", ".htm"):
            text = html_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long(name)
    return repair_text(text)


def _too_long(name: str) -> InputError:
    return InputError([Problem(name, "text.too_long", {"count": Decimal(MAX_TEXT_CHARS)})])


def _too_large(name: str, size: int, limit: int) -> Problem:
    mb = Decimal(size / MB).quantize(Decimal("0.1"))
    return Problem(name, "file.too_large", {"mb": mb, "limit": limit // MB})


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused.

    Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) decode to plausible-looking
    nonsense under the wrong guess, so none is guessed.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _undecodable(name, coded("text.not_utf16", at=exc.start)) from None
    if b"\0" in data:  # no text has NUL; UTF-16 without its mark has one every other byte
        offset = data.index(b"\0")
        raise _undecodable(name, coded("text.nul", at=offset))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"0x{data[exc.start]:02x}"
        raise _undecodable(name, coded("text.not_utf8", b=byte, at=exc.start)) from None


def _undecodable(name: str, why: Message) -> InputError:
    return InputError([Problem.of(name, why)])


def read_file(path: str | Path, suffixes: tuple[str, ...] = SUPPORTED) -> bytes:
    """The bytes of a file of one of ``suffixes``, within :data:`MAX_FILE_BYTES`;
    :class:`InputError` names what is wrong with it."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError([Problem(name, "file.missing")])
    if suffix not in suffixes:
        raise InputError([Problem(name, "text.file_type", {"t": suffix or path.name})])
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError([_too_large(name, size, MAX_FILE_BYTES)])
        return path.read_bytes()
    except OSError as exc:
        raise InputError([Problem(name, "file.unreadable", {"why": str(exc.strerror)})]) from None


def open_docx(data: bytes, name: str) -> Any:
    """The python-docx document of a Word file's bytes, once its container is measured
    (:mod:`chitieu.ziplimits`); :class:`InputError` naming ``name`` otherwise."""
    try:
        checked_zip(io.BytesIO(data), WORD_LIMITS)
    except ZipRefused as exc:
        if exc.code == "zip.not_zip":
            raise InputError([Problem(name, "text.docx")]) from None
        raise InputError([Problem(name, "text.docx_refused", {"reason": exc.said})]) from None
    try:
        import docx

        return docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception:
        # python-docx and lxml raise many kinds of errors on a damaged file (XML syntax,
        # missing parts, odd values); each means the same thing to the user
        raise InputError([Problem(name, "text.docx")]) from None


def _docx(data: bytes, name: str) -> str:
    document = open_docx(data, name)
    try:
        return "\n".join(text for text, _ in docx_blocks(document))
    except MemoryError:
        raise
    except Exception:  # a damaged part python-docx only reads when asked for its text
        raise InputError([Problem(name, "text.docx")]) from None


def docx_blocks(document: Any) -> Iterator[tuple[str, list[Any]]]:
    """A Word document's lines of text in document order, each with the paragraphs it
    comes from: a paragraph is a line; a table row is one line of its cells (targets are
    often typed into a table, one row per target), with every paragraph of its cells."""
    from docx.table import Table

    numbering = Numbering.of(document)
    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            # Word's own numbering is drawn, not typed: its marker is written back
            yield numbering.marker(block) + block.text, [block]
            continue
        for row in block.rows:
            cells: list[str] = []
            paragraphs: list[Any] = []
            for cell in row.cells:
                if cell.text.strip() and cell.text.strip() not in cells:  # merged cells repeat
                    cells.append(cell.text.strip())
                    paragraphs += cell.paragraphs
            yield table_row(cells), paragraphs


def _pdf(data: bytes, name: str) -> str:
    try:
        text = _pdf_text(data)
    except MemoryError:
        raise
    except _TooLong:
        raise _too_long(name) from None
    except Exception:
        # pypdf raises many kinds of errors on a damaged file (its own, and assertions,
        # type and lookup errors from odd objects); each means the same thing to the user
        raise InputError([Problem(name, "text.pdf")]) from None
    if sum(ch.isalpha() for ch in text) < MIN_PDF_LETTERS:
        raise InputError([Problem(name, "text.pdf_no_text")])
    return text


class _TooLong(Exception):
    pass


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages: list[str] = []
    length = 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        length += len(pages[-1]) + 1
        if length > MAX_TEXT_CHARS:  # stop early: the rest would be refused anyway
            raise _TooLong
    return "\n".join(pages)


MAX_LIST_DEPTH = 50  # lists nested deeper than this are read as text: no unbounded stack


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
        # the lists open around the text: the next number of each <ol>, None for a <ul>
        self.lists: list[int | None] = []
        self.marker = ""  # the marker an <li> shows, written before its first words

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")  # a cell: the row is put together by table_row
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in ("ul", "ol") and len(self.lists) < MAX_LIST_DEPTH:
            start = dict(attrs).get("start") or "1"
            self.lists.append(int(start) if tag == "ol" and start.isdigit() else None)
        elif tag == "li" and self.lists:
            # a browser draws the bullet or number that the page's text leaves out
            number = self.lists[-1]
            self.marker = "- " if number is None else f"{number}. "
            if number is not None:
                self.lists[-1] = number + 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag == "li":
            self.marker = ""

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.marker and data.strip():
            if not starts_item(data):  # "<li>1. Tốc độ …</li>" keeps its own
                self.parts.append(self.marker)
            self.marker = ""
        self.parts.append(data)


def html_text(html: str) -> str:
    """The visible text of a saved web page, one block per line."""
    parser = _TextOfPage()
    parser.feed(html)
    text = "".join(parser.parts)
    lines = [table_row(ln.split("\t")) if "\t" in ln else ln for ln in text.splitlines()]
    return "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in lines)
