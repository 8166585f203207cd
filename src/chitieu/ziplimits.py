"""Opening a zip container (a .docx, an .xlsx) only after measuring what it unpacks to.

Word and Excel files are zip archives of XML parts. A few kilobytes can declare, or hold,
gigabytes (a zip bomb), and the parsers that read them (python-docx, calamine) trust what
they are given. So every part is first unpacked here, a chunk at a time and never kept,
counting what comes out: the number of parts, each part's size (as declared and as
unpacked), the total, and how many times over a large part is compressed. A container
over a limit, or damaged, is refused with :class:`ZipRefused` before a parser sees it.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from chitieu.problems import CodedError

MB = 1024 * 1024
CHUNK = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # the 30 bytes before each part's name
_READ_AS_IS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # what Office files use


@dataclass(frozen=True)
class ZipLimits:
    """What a container may unpack to."""

    parts: int = 2000
    part_bytes: int = 64 * MB
    total_bytes: int = 256 * MB
    ratio: int = 200  # the most a part over RATIO_FROM bytes may be compressed, times over


RATIO_FROM = MB  # small parts (an empty sheet, styles) compress very well, harmlessly


class ZipRefused(CodedError):
    """The container is over a limit or damaged; the message says which part and why."""


def checked_zip(file: IO[bytes], limits: ZipLimits) -> zipfile.ZipFile:
    """The open zip once every part is measured within ``limits``; :class:`ZipRefused`
    otherwise. ``file`` must be seekable; it is read from its start."""
    try:
        archive = zipfile.ZipFile(file)
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ZipRefused("zip.not_zip") from None
    if len(parts) > limits.parts:
        raise ZipRefused("zip.parts", count=Decimal(limits.parts))
    total = 0
    for info in parts:
        if info.file_size > limits.part_bytes:
            raise _too_big(info.filename, limits.part_bytes)
        try:
            size = _unpacked_size(file, info, limits)
        except (OSError, ValueError, EOFError):  # offsets pointing anywhere
            raise ZipRefused("zip.damaged", part=info.filename) from None
        total += size
        if total > limits.total_bytes:
            raise ZipRefused("zip.parts_too_big", count=Decimal(limits.total_bytes // MB))
    return archive


def _too_big(name: str, limit: int) -> ZipRefused:
    return ZipRefused("zip.part_too_big", part=name, count=Decimal(limit // MB))


def _unpacked_size(file: IO[bytes], info: zipfile.ZipInfo, limits: ZipLimits) -> int:
    """Unpack one part from its raw bytes, ignoring the size it declares; check its CRC."""
    name = info.filename
    if info.flag_bits & 0x1 or info.compress_type not in _READ_AS_IS:
        raise ZipRefused("zip.unreadable", part=name)
    file.seek(info.header_offset)
    header = file.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise ZipRefused("zip.damaged", part=name)  # no local header
    fields = _LOCAL_HEADER.unpack(header)
    file.seek(fields[-2] + fields[-1], 1)  # its name and extra field
    inflate = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type else None
    left, size, crc = info.compress_size, 0, 0
    try:
        while left > 0 or (inflate is not None and inflate.unconsumed_tail):
            raw = inflate.unconsumed_tail if inflate and inflate.unconsumed_tail else b""
            if not raw:
                raw = file.read(min(CHUNK, left))
                if not raw:
                    raise ZipRefused("zip.damaged", part=name)  # cut short
                left -= len(raw)
            # never more than one chunk out per step, whatever the data asks for
            out = inflate.decompress(raw, CHUNK) if inflate else raw
            size += len(out)
            crc = zlib.crc32(out, crc)
            if size > limits.part_bytes:
                raise _too_big(name, limits.part_bytes)
        if inflate is not None:
            out = inflate.flush()
            size += len(out)
            crc = zlib.crc32(out, crc)
    except zlib.error:
        raise ZipRefused("zip.damaged", part=name) from None
    if size != info.file_size or crc != info.CRC:
        raise ZipRefused("zip.damaged", part=name)  # not the size or checksum it declares
    if size > RATIO_FROM and size > limits.ratio * max(info.compress_size, 1):
        raise ZipRefused("zip.ratio", part=name, count=Decimal(limits.ratio))
    return size
