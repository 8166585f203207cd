"""Confirming an upload's warnings saves the rows the server read from that file when it
showed them, without the file being sent or read again; a token that names no rows kept
for this user (changed by hand, another user's, or expired) saves nothing unchecked: the
file sent again is checked afresh, and without the file the page asks for it."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from django.conf import settings

from chitieu.web.figures import kept
from tests.entryhelpers import (
    draft_values,
    entry_url,
    filled_template,
    jumping_series,
)
from tests.webhelpers import client_for

NOT_KEPT = "tệp đã kiểm tra trước đó không còn được lưu giữ: hãy chọn lại tệp"


@pytest.fixture
def series(demo):
    jumping_series()
    return demo


def _warned(client, value: float) -> tuple[str, io.BytesIO]:  # type: ignore[no-untyped-def]
    """Upload a file whose value jumps: the token its warnings page carries, and the file."""
    upload = filled_template(client, value)
    r = client.post(entry_url(name="upload"), {"file": upload})
    assert r.status_code == 400 and 'id="upload-warnings"' in r.content.decode()
    assert draft_values() == []
    upload.seek(0)
    return r.content.decode().split('name="digest" value="')[1].split('"')[0], upload


def _kept() -> list[Path]:
    return sorted(Path(settings.UPLOADS_DIR).glob("*.rows.json"))


def test_it_saves_the_rows_checked_by_the_first_post_without_the_file(series):
    client = client_for("laodong")
    token, _upload = _warned(client, 70)
    assert len(_kept()) == 1
    r = client.post(entry_url(name="upload"), {"confirm": "1", "digest": token})
    assert r.status_code == 302
    assert draft_values() == ["70"]
    assert _kept() == []  # taken once


def test_a_changed_token_saves_nothing_and_asks_for_the_file(series):
    client = client_for("laodong")
    token, _upload = _warned(client, 70)
    forged = token[:-1] + ("0" if token[-1] != "0" else "1")
    r = client.post(entry_url(name="upload"), {"confirm": "1", "digest": forged})
    assert r.status_code == 400 and NOT_KEPT in r.content.decode()
    assert draft_values() == []


def test_another_users_token_finds_nothing(series):
    token, _upload = _warned(client_for("laodong"), 70)
    r = client_for("quantri").post(entry_url(name="upload"), {"confirm": "1", "digest": token})
    assert r.status_code in (400, 403)
    assert draft_values() == []
    assert len(_kept()) == 1  # still there for its owner


def test_expired_rows_are_not_used(series):
    client = client_for("laodong")
    token, upload = _warned(client, 70)
    (path,) = _kept()
    old = time.time() - kept.KEEP_SECONDS - 5
    os.utime(path, (old, old))
    r = client.post(entry_url(name="upload"), {"confirm": "1", "digest": token})
    assert r.status_code == 400 and NOT_KEPT in r.content.decode()
    assert draft_values() == [] and _kept() == []
    # The same file sent again with its confirmation is read and checked afresh.
    r = client.post(entry_url(name="upload"), {"file": upload, "confirm": "1", "digest": token})
    assert r.status_code == 302
    assert draft_values() == ["70"]


def test_another_file_with_the_token_is_checked_afresh(series):
    client = client_for("laodong")
    token, _upload = _warned(client, 70)
    other = filled_template(client, 75)
    r = client.post(entry_url(name="upload"), {"file": other, "confirm": "1", "digest": token})
    assert r.status_code == 400 and "thành 75" in r.content.decode()
    assert draft_values() == []


def test_the_kept_files_are_bounded(series, monkeypatch):
    monkeypatch.setattr(kept, "KEEP_FILES", 2)
    client = client_for("laodong")
    for value in (70, 71, 72, 73):
        _warned(client, value)
    assert len(_kept()) == 2
