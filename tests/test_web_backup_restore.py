"""A province can back its database up with one command and restore it with another:
every row comes back as it was (audit timestamps to the microsecond), the backup file is
readable by its owner only, and a restore refuses a file that is not a backup of this
kind of database, or fails, without touching the data.

Runs on the suite's database kind: SQLite (the online backup API) or, in the PostgreSQL
run, PostgreSQL (pg_dump and pg_restore), on a database of its own.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chitieu.web.liveserver import ScratchDatabase
from tests import dbkit

# An audit timestamp with microseconds, set by hand, to be found again after the restore.
STAMP = "datetime.datetime(2025, 9, 25, 1, 30, 1, 123456, tzinfo=datetime.timezone.utc)"
SET_STAMP = (
    dbkit.SETUP
    + """
import datetime
from chitieu.web.people.models import AuditEvent
first = AuditEvent.objects.order_by("pk").first()
AuditEvent.objects.filter(pk=first.pk).update(
    at=datetime.datetime(2025, 9, 25, 8, 30, 1, 123456, tzinfo=datetime.timezone(
        datetime.timedelta(hours=7)))
)
"""
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: Any) -> Iterator[tuple[dict[str, str], dict[str, Any], Path]]:
    """The demo in a database of its own, its rows, and a directory for files."""
    import os

    work = tmp_path_factory.mktemp("backup")
    with ScratchDatabase(os.environ, work, f"chitieu_backup_{os.getpid()}") as db:
        env = dbkit.child_env(work, db.url)
        dbkit.load_demo(env)
        dbkit.python(env, SET_STAMP)
        yield env, dbkit.dump(env), work


def _ok(done: Any) -> str:
    assert done.returncode == 0, done.stderr
    return str(done.stdout)


def test_it_restores_every_row_after_a_wipe(scratch):
    env, rows, work = scratch
    assert any(STAMP in r for r in rows["people_auditevent"])
    backup = work / "sao-luu.bak"
    assert "Backed up to" in _ok(dbkit.chitieu(env, "manage", "backup", str(backup)))
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    _ok(dbkit.chitieu(env, "manage", "flush", "--no-input"))
    assert dbkit.dump(env)["people_auditevent"] == []
    assert "Restored from" in _ok(dbkit.chitieu(env, "manage", "restore", str(backup)))
    assert dbkit.dump(env) == rows


def _other_kind(work: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A backup-looking file of the other database kind, and the words the refusal uses."""
    if env["CHITIEU_DATABASE_URL"].startswith("postgres"):
        path = work / "other.sqlite3"
        with sqlite3.connect(path) as c:
            c.execute("CREATE TABLE people_auditevent (id integer)")
        return path, "a backup of a SQLite database; this database is PostgreSQL"
    path = work / "other.dump"
    path.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    return path, "a backup of a PostgreSQL database; this database is SQLite"


def test_it_refuses_what_is_not_a_backup_of_this_kind_and_changes_nothing(scratch):
    env, rows, work = scratch
    text = work / "notes.txt"
    text.write_text("không phải bản sao lưu\n", encoding="utf-8")
    other, words = _other_kind(work, env)
    foreign = work / "foreign.sqlite3"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x integer)")
    cases = [
        (text, "not a chitieu backup (neither a SQLite database nor a pg_dump archive)"),
        (other, words),
        (work / "missing.bak", "no such file"),
    ]
    if not env["CHITIEU_DATABASE_URL"].startswith("postgres"):
        cases.append((foreign, "not a chitieu backup (a SQLite file of something else)"))
        newer = work / "newer.sqlite3"
        with sqlite3.connect(newer) as c:
            c.execute("CREATE TABLE people_auditevent (id integer)")
            c.execute("CREATE TABLE django_migrations (id integer, app text, name text)")
            c.execute("INSERT INTO django_migrations VALUES (1, 'people', '9999_future')")
        message = "made by a newer chitieu (migrations people.9999_future)"
        cases.append((newer, message))
    for path, message in cases:
        done = dbkit.chitieu(env, "manage", "restore", str(path))
        assert done.returncode != 0
        assert f"{path}: {message}" in done.stderr, done.stderr
    assert dbkit.dump(env) == rows


def test_a_restore_that_fails_leaves_the_old_data(scratch):
    env, rows, work = scratch
    backup = work / "full.bak"
    _ok(dbkit.chitieu(env, "manage", "backup", str(backup)))
    broken = work / "broken.bak"
    data = backup.read_bytes()
    broken.write_bytes(data[:-64])  # cut short, as by a full disk
    done = dbkit.chitieu(env, "manage", "restore", str(broken))
    assert done.returncode != 0
    if env["CHITIEU_DATABASE_URL"].startswith("postgres"):
        # pg_restore got under way, then the single transaction was rolled back
        assert f"{broken}: the restore failed; the database is unchanged" in done.stderr
    else:  # the checked copy failed: the live database was never touched
        assert f"{broken}: not a readable SQLite database" in done.stderr
    assert dbkit.dump(env) == rows
