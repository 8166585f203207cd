"""Uploaded files: a cap per kind of file, and an upload handler that keeps no more than
the largest cap of any file, whatever the client sends.

Past the largest cap the handler counts a file's bytes and drops them, and the file
reaches the view empty but with its real size: the view's check (:func:`size_problem`)
then refuses it with a message naming the file, its size and the limit, instead of
Django answering 400 or the server filling its memory or disk. The caps are set in one
place, ``CHITIEU_UPLOAD_LIMITS`` in the settings; reading an upload then runs within
``CHITIEU_PARSE_LIMITS`` (:func:`parse_limits`, :mod:`chitieu.web.bounded`).
"""

from __future__ import annotations

import logging
from decimal import Decimal
from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile, UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from chitieu.problems import Message, coded
from chitieu.vnnumbers import format_vi
from chitieu.web.bounded import ChildFailed, Limits, OverLimit

log = logging.getLogger(__name__)

MB = 1024 * 1024
KINDS = ("resolution", "plan", "figures", "workbook", "ballots")


def cap(kind: str) -> int:
    """The largest file of this kind accepted, in bytes."""
    limits: dict[str, int] = settings.CHITIEU_UPLOAD_LIMITS
    return limits[kind]


def max_rows() -> int:
    """How many rows of figures one uploaded template may have (CHITIEU_UPLOAD_MAX_ROWS)."""
    rows: int = settings.CHITIEU_UPLOAD_MAX_ROWS
    return rows


def parse_limits() -> Limits:
    """How long, and with how much memory, an upload may take to read."""
    limits: dict[str, int] = settings.CHITIEU_PARSE_LIMITS
    return Limits(seconds=limits["seconds"], memory=limits["memory"])


def megabytes(size: int) -> str:
    """A size in MB the Vietnamese way, to one decimal: "20", "25,3"."""
    return format_vi(Decimal(size) / MB, 1, trim=True)


def size_problem(upload: UploadedFile, kind: str, name: str) -> Message | None:
    """Why the upload is too large for its kind, or None."""
    return too_large(name, upload.size or 0, kind)


def too_large(name: str, size: int, kind: str) -> Message | None:
    """Why a file of ``size`` bytes is too large for its kind, or None."""
    if size <= cap(kind):
        return None
    return coded("upload.too_large", name=name, size=megabytes(size), limit=megabytes(cap(kind)))


def bounded_problem(exc: OverLimit | ChildFailed) -> Message:
    """Why reading an upload was stopped; a failure is logged for the admins."""
    if isinstance(exc, OverLimit) and exc.what == "time":
        return coded("upload.time", n=format_vi(Decimal(str(exc.limits.seconds)), 2, trim=True))
    if isinstance(exc, OverLimit):
        return coded("upload.memory", n=megabytes(exc.limits.memory))
    log.error("reading an upload failed: %s", exc)
    return coded("upload.failed")


class CappedUploadHandler(FileUploadHandler):
    """First of the upload handlers: past the largest cap, a file's bytes are dropped."""

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.over = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if self.over or start + len(raw_data) > max(cap(k) for k in KINDS):
            self.over = True
            return None  # the handlers after this one get nothing more of the file
        return raw_data

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if not self.over:
            return None  # the next handler (memory or temporary file) has it all
        return InMemoryUploadedFile(
            BytesIO(),
            self.field_name,
            self.file_name,
            self.content_type,
            file_size,  # the size it has, for the message; none of its bytes
            self.charset,
            self.content_type_extra,
        )
