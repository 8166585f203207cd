"""Writing a rendered document to a path or a stream, leaving nothing half-written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

# A file path, or a binary stream (an open file, BytesIO, a web response).
Target = str | os.PathLike[str] | BinaryIO

FORMATS = ("docx", "xlsx", "pdf")
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def save(data: bytes, target: Target) -> None:
    """Write ``data`` to a stream, or to a path; a write that fails leaves no file behind.

    The document is rendered whole before this is called, so an error in the data never
    reaches the disk; an ``OSError`` (no such directory, no permission, disk full) is
    raised for the caller to report.
    """
    if not isinstance(target, str | os.PathLike):
        target.write(data)
        return
    path = Path(target)
    with open(path, "wb") as fh:
        try:
            fh.write(data)
        except BaseException:
            fh.close()
            path.unlink(missing_ok=True)  # opened by us, so ours to remove
            raise
