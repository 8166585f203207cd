"""An uploaded file's rows, kept between the post that showed its warnings and the post
that confirms them, so that the confirmation saves without reading the file again.

The rows are the server's own reading of the file (never anything the browser sends
back): they are kept in the data dir (``UPLOADS_DIR``) under a name made from the user,
the report and the file's SHA-256, which the page carries as the confirmation's token.
A token that names no kept rows of this user and report (changed by hand, or expired)
finds nothing: the file, if it was sent again, is then read and checked afresh. The rows
are taken once, kept for :data:`KEEP_SECONDS` at most, and at most :data:`KEEP_FILES`
files are kept at once (the oldest go first), so the folder stays small whatever people
upload.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings

from chitieu.figures.periods import Period
from chitieu.web.figures.checks import RawEntry
from chitieu.web.figures.errors import Place
from chitieu.web.figures.excel import Upload
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Plan
from chitieu.web.private import private_dir

KEEP_SECONDS = 30 * 60  # time enough to read the warnings and check the values
KEEP_FILES = 64  # uploads waiting for their confirmation, across every user
SUFFIX = ".rows.json"


def _folder() -> Path:
    return private_dir(Path(settings.UPLOADS_DIR))


def _path(user: Any, plan: Plan, agency: Agency, period: Period, digest: str) -> Path:
    name = json.dumps([user.pk, plan.pk, agency.pk, str(period), digest])
    return _folder() / (hashlib.sha256(name.encode()).hexdigest() + SUFFIX)


def _place(data: dict[str, Any] | None) -> Place | None:
    return None if data is None else Place(**data)


def _entry(data: dict[str, Any]) -> RawEntry:
    return RawEntry(
        **{
            **data,
            "place": Place(**data["place"]),
            "value_place": _place(data["value_place"]),
            "stage_place": _place(data["stage_place"]),
        }
    )


def _sweep(folder: Path) -> None:
    """Remove what has expired, then the oldest files past :data:`KEEP_FILES`."""
    now = time.time()
    files = []
    for path in folder.glob("*" + SUFFIX):
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:  # taken meanwhile by another request
            continue
        if now - mtime > KEEP_SECONDS:
            path.unlink(missing_ok=True)
        else:
            files.append((mtime, path))
    for _mtime, path in sorted(files)[: max(0, len(files) - KEEP_FILES + 1)]:
        path.unlink(missing_ok=True)


def storable(upload: Upload) -> bool:
    """Whether JSON carries every cell value exactly (not a date cell, say)."""
    return all(isinstance(r.value, str | int | float | None) for r in upload.rows)


def _plain(row: RawEntry) -> dict[str, Any]:
    """A row as JSON holds it: what ``dataclasses.asdict`` gives, without its deep copy
    of every value (the fields are plain values and places)."""
    data = dict(vars(row))
    for name in ("place", "value_place", "stage_place"):
        place = data[name]
        data[name] = None if place is None else dict(vars(place))
    return data


def write_rows(path: Path, upload: Upload) -> bool:
    """Write the rows to ``path`` as JSON (through a temporary file renamed), or nothing
    when they are not :func:`storable`; whether written."""
    if not storable(upload):
        return False
    rows = [_plain(r) for r in upload.rows]
    as_of = upload.as_of.isoformat() if upload.as_of is not None else None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            # dumps, not dump: dump encodes in Python, dumps in C (7.000 rows: 0,3 s less)
            out.write(json.dumps({"as_of": as_of, "rows": rows}, ensure_ascii=False))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def read_rows(text: str) -> Upload:
    """The rows :func:`write_rows` wrote."""
    data = json.loads(text)
    as_of = date.fromisoformat(data["as_of"]) if data["as_of"] else None
    return Upload([_entry(r) for r in data["rows"]], as_of)


def keep(
    user: Any, plan: Plan, agency: Agency, period: Period, digest: str, upload: Upload
) -> None:
    """Keep the rows read from the file whose SHA-256 is ``digest``, for its confirmation
    (rows :func:`write_rows` cannot write are not kept: the file is read again)."""
    folder = _folder()
    _sweep(folder)
    write_rows(_path(user, plan, agency, period, digest), upload)


def take(user: Any, plan: Plan, agency: Agency, period: Period, digest: str) -> Upload | None:
    """The rows kept for this user, report and file, once; None if none are (any more)."""
    path = _path(user, plan, agency, period, digest)
    try:
        fresh = time.time() - path.stat().st_mtime <= KEEP_SECONDS
        text = path.read_text(encoding="utf-8") if fresh else ""
    except FileNotFoundError:
        return None
    finally:
        path.unlink(missing_ok=True)
    return read_rows(text) if text else None
