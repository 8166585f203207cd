"""An Excel workbook from outside (an upload, a unit's reply), measured before calamine
reads it, and read apart.

calamine builds a sheet as one dense range from A1 to its farthest cell, and sizes some
buffers from counts the file declares: a 5 KB file with one cell at XFD1048576, or a
shared-string count of four billion, asks for hundreds of gigabytes and aborts the
process. So an upload is measured first (:func:`inspect`): the zip container
(:mod:`chitieu.ziplimits`), then every sheet's XML, streamed through expat with no DTD
allowed (so no entity can expand), for the cells it really has and the range it
declares. Only then is it read (:func:`sheet_rows`); the web pages read it in a child
process (:func:`chitieu.web.bounded.run_bounded`), so that whatever else calamine may
trust cannot take a server worker down. Only the Office Open XML formats (.xlsx, .xlsm) can be
measured this way; .xls, .xlsb and .ods are not accepted.

Part of the pure core (the figures template and the consultation's comment tables both
read workbooks, and the command line reads spreadsheets with it: :mod:`chitieu.exchange.sheets`):
nothing here imports Django, and the child imports this module.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from chitieu.ziplimits import MB, ZipLimits, ZipRefused, checked_zip

# The template has 10 columns and, under a short header, as many rows of data as an upload
# may have (CHITIEU_UPLOAD_MAX_ROWS, given by the caller: this module reads no settings).
HEADER_ROWS = 100  # the header block, and room for a few lines of text under the table
MAX_COLUMNS = 50
WORKBOOK_LIMITS = ZipLimits(parts=500, part_bytes=64 * MB, total_bytes=128 * MB)
_CELL = re.compile(r"^\$?([A-Za-z]+)\$?(\d+)$")  # any length: a far cell must be seen as far


class WorkbookRefused(Exception):
    """Why a workbook is not read: a code with its parameters (translated by the page)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params

    def __reduce__(self) -> tuple[Any, ...]:
        # sent back from the child process as it is
        return _refused, (self.code, self.params)


def _refused(code: str, params: dict[str, Any]) -> WorkbookRefused:
    return WorkbookRefused(code, **params)


def column_letters(n: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


@dataclass(frozen=True)
class Extent:
    """How far a sheet may reach, and how many cells and shared texts a workbook may have,
    for uploads of at most ``data_rows`` rows of figures, ``columns`` wide; ``most_cells``
    (default: every row that wide) bounds the rows × columns a sheet spans, which is
    what a reader holds in memory, so a wider sheet has fewer rows."""

    data_rows: int
    columns: int = MAX_COLUMNS
    most_cells: int = 0

    @property
    def rows(self) -> int:
        return self.data_rows + HEADER_ROWS

    @property
    def cells(self) -> int:
        return self.most_cells or self.rows * self.columns

    @property
    def shared_strings(self) -> int:
        return self.cells * 4  # every sheet of a workbook shares them


def inspect(data: bytes, extent: Extent) -> None:
    """Refuse (:class:`WorkbookRefused`) a workbook over the limits, damaged, or with a DTD."""
    try:
        archive = checked_zip(io.BytesIO(data), WORKBOOK_LIMITS)
    except ZipRefused as exc:
        raise WorkbookRefused("zip", reason=exc.said) from None
    names = _sheet_names(archive)
    for part in archive.namelist():
        if not part.lower().endswith((".xml", ".rels", ".vml")):
            continue
        if part.lower().endswith("sharedstrings.xml"):
            _scan(archive, part, _SharedStrings(extent))
        else:
            _scan(archive, part, _Sheet(names.get(part, part), extent))


class _Handler:
    """What one part's elements are checked for, element by element."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        pass

    def end(self, tag: str) -> None:
        pass


def _scan(archive: zipfile.ZipFile, part: str, handler: _Handler) -> None:
    """Stream a part through expat; no DTD (hence no entity) is accepted."""
    parser = expat.ParserCreate()

    def no_dtd(*_: Any) -> None:
        raise WorkbookRefused("dtd", part=part)

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.StartElementHandler = lambda tag, attrs: handler.start(tag.rsplit(":", 1)[-1], attrs)
    parser.EndElementHandler = lambda tag: handler.end(tag.rsplit(":", 1)[-1])
    try:
        with archive.open(part) as stream:
            for chunk in iter(lambda: stream.read(MB), b""):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise WorkbookRefused("xml", part=part, why=str(exc)) from None


class _Sheet(_Handler):
    """The extent and the number of the cells of a worksheet, and its declared range."""

    def __init__(self, name: str, extent: Extent) -> None:
        self.name = name
        self.extent = extent
        self.row = 0
        self.column = 0
        self.cells = 0
        self.span = (0, 0)  # the last row and column seen: the rows × columns read

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "dimension":
            last = attrs.get("ref", "").split(":")[-1]
            self._within(*self._place(last, self.row, self.column))
        elif tag == "row":
            # a row without its number follows the one before
            self.row = _int(attrs.get("r"), self.row + 1)
            self.column = 0
        elif tag == "c":
            self.row, self.column = self._place(attrs.get("r", ""), self.row, self.column + 1)
            self.cells += 1
            self._within(self.row, self.column)
            if self.cells > self.extent.cells:
                raise WorkbookRefused("cells", sheet=self.name, n=self.extent.cells)

    def _place(self, ref: str, row: int, column: int) -> tuple[int, int]:
        m = _CELL.match(ref)
        if m is None:
            return row, column
        return _int(m.group(2), 0), _column_number(m.group(1)[:12])

    def _within(self, row: int, column: int) -> None:
        most = self.extent
        if row > most.rows or column > most.columns:
            cell = f"{column_letters(column)}{row}"
            raise WorkbookRefused(
                "extent", sheet=self.name, cell=cell, rows=most.rows, columns=most.columns
            )
        self.span = (max(self.span[0], row), max(self.span[1], column))
        if self.span[0] * self.span[1] > most.cells:
            raise WorkbookRefused("cells", sheet=self.name, n=most.cells)


class _SharedStrings(_Handler):
    """The count of shared texts a workbook declares (calamine sizes a buffer by it)."""

    def __init__(self, extent: Extent) -> None:
        self.most = extent.shared_strings

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sst":
            for key in ("count", "uniqueCount"):
                if _int(attrs.get(key), 0) > self.most:
                    raise WorkbookRefused("strings", n=self.most)


FAR = 10**12  # what a number of more digits stands for: past every limit


def _int(text: str | None, default: int) -> int:
    if text is None or not text.isascii() or not text.isdigit():
        return default
    return int(text) if len(text) < 13 else FAR


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part → its name in the workbook, as far as the file says."""
    sheets: dict[str, str] = {}  # relationship id → name
    targets: dict[str, str] = {}  # relationship id → part

    def sheet(tag: str, attrs: dict[str, str]) -> None:
        rid = next((v for k, v in attrs.items() if k.endswith(":id") or k == "id"), "")
        if tag == "sheet" and rid:
            sheets[rid] = attrs.get("name", "")

    def relation(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and "Id" in attrs:
            target = attrs.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[attrs["Id"]] = posixpath.normpath(part)

    for part, on_start in (("xl/workbook.xml", sheet), ("xl/_rels/workbook.xml.rels", relation)):
        if part in archive.namelist():
            _scan(archive, part, _Calls(on_start))
    return {targets[rid]: name for rid, name in sheets.items() if rid in targets}


class _Calls(_Handler):
    def __init__(self, on_start: Callable[[str, dict[str, str]], None]) -> None:
        self.on_start = on_start

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.on_start(tag, attrs)


def sheet_rows(
    data: bytes, wanted: list[str], extent: Extent
) -> tuple[str | None, list[str], list[list[Any]]]:
    """The first sheet named one of ``wanted`` (any case; the first sheet when ``wanted`` is
    empty) as rows from A1, with the names of all sheets; ``(None, names, [])`` without
    one. Meant for the child process (or the command line), after :func:`inspect`: the
    rows are taken one by one, never more than ``extent`` allows."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        found = next((n for n in names if not wanted or n.strip().casefold() in wanted), None)
        if found is None:
            return None, names, []
        sheet = book.get_sheet_by_name(found)
        # rows come from the first row, cells from the first column used: pad them to A
        pad = [""] * (sheet.start[1] if sheet.start else 0)
        rows: list[list[Any]] = []
        for row in sheet.iter_rows():
            if len(rows) == extent.rows:
                break
            rows.append(pad + list(row))
    except (MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        # calamine raises its own errors, others (values, XML) and Rust panics (no
        # Exception) on a damaged file: each means it cannot be read
        raise WorkbookRefused("unreadable", why=str(exc)) from None
    return found, names, rows
