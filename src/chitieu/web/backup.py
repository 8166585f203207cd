"""Backing up the database to one file, and restoring it from one.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies a consistent snapshot
while the server keeps running; the copy is one self-contained file. A restore first
copies the backup into a temporary database next to the live one and checks it, then
copies it over the live database in one transaction: a restore that fails leaves the old
data. PostgreSQL: ``pg_dump -Fc`` and ``pg_restore --clean --if-exists
--single-transaction``, with the binaries of the server's major version and the
connection settings of Django (the password in PGPASSWORD, never on a command line).

A backup file is written 0600 (it holds everyone's data and password hashes) under a
temporary name and renamed when complete, so an interrupted backup leaves no half file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.migrations.loader import MigrationLoader

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"
MARK_TABLE = "people_auditevent"  # every chitieu database has it
UNCHANGED = "the restore failed; the database is unchanged"
RESTORE_FLAGS = ["--clean", "--if-exists", "--no-owner", "--no-privileges"]
ATOMIC_FLAGS = ["--single-transaction", "--exit-on-error"]


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, naming the file."""


# ---------------------------------------------------------------- common


def _kind(path: Path) -> str:
    """ "sqlite", "postgresql" or "" for a file that is neither kind of backup."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(f"{path}: cannot be read ({exc.strerror})") from None
    if head == SQLITE_MAGIC:
        return "sqlite"
    if head.startswith(PG_MAGIC):
        return "postgresql"
    return ""


def _check_kind(path: Path, vendor: str) -> None:
    kind = _kind(path)
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    if not kind:
        raise BackupError(
            f"{path}: not a chitieu backup (neither a SQLite database nor a pg_dump archive)"
        )
    if kind != vendor:
        raise BackupError(
            f"{path}: a backup of a {names[kind]} database; this database is "
            f"{names[vendor]}: restore it into a {names[kind]} database"
        )


def _check_migrations(path: Path, applied: set[tuple[str, str]]) -> None:
    """Refuse a backup made by a newer chitieu, whose tables this code does not know."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    ours = {app for app, _name in known}
    newer = sorted(f"{a}.{n}" for a, n in applied if a in ours and (a, n) not in known)
    if newer:
        raise BackupError(
            f"{path}: made by a newer chitieu (migrations {', '.join(newer)}); "
            "upgrade chitieu before restoring it"
        )


@contextlib.contextmanager
def _private_file(target: Path) -> Iterator[Path]:
    """A 0600 file in the target's directory, renamed to ``target`` if the block succeeds."""
    target = target.resolve()
    if not target.parent.is_dir():
        raise BackupError(f"{target}: no such directory {target.parent}")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        tmp.chmod(0o600)
        yield tmp
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def backup(path: Path) -> None:
    """Write the database to ``path`` (SQLite file or pg_dump archive)."""
    if connection.vendor == "sqlite":
        _sqlite_backup(path)
    elif connection.vendor == "postgresql":
        _pg_backup(path)
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")


def restore(path: Path) -> None:
    """Replace the database's contents with the backup in ``path``."""
    path = path.resolve()
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    _check_kind(path, connection.vendor)
    connection.close()  # nothing of ours holds the database while it is replaced
    if connection.vendor == "sqlite":
        _sqlite_restore(path)
    else:
        _pg_restore(path)


# ---------------------------------------------------------------- SQLite


def _live_sqlite() -> Any:
    connection.ensure_connection()
    return connection.connection


def _sqlite_backup(path: Path) -> None:
    with _private_file(path) as tmp:
        target = sqlite3.connect(tmp)
        try:
            _live_sqlite().backup(target)
            # one self-contained file: not in WAL mode, which needs its -wal companion
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()


def _sqlite_checked_copy(path: Path, where: Path) -> Path:
    """The backup copied into a fresh database in ``where``, checked; the caller deletes it."""
    fd, name = tempfile.mkstemp(prefix=".chitieu-restore-", suffix=".sqlite3", dir=where)
    os.close(fd)
    copy = Path(name)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
            ok = target.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in target.execute("SELECT name FROM sqlite_master")}
            if ok != ("ok",):
                raise sqlite3.DatabaseError(f"integrity check: {ok[0]}")
            if not {MARK_TABLE, "django_migrations"} <= tables:
                raise BackupError(f"{path}: not a chitieu backup (a SQLite file of something else)")
            applied = set(target.execute("SELECT app, name FROM django_migrations"))
        finally:
            source.close()
            target.close()
        _check_migrations(path, applied)
    except sqlite3.DatabaseError as exc:
        copy.unlink(missing_ok=True)
        raise BackupError(f"{path}: not a readable SQLite database ({exc})") from None
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _sqlite_restore(path: Path) -> None:
    live_name = Path(str(connection.settings_dict["NAME"]))
    where = live_name.parent if live_name.parent.is_dir() else Path(tempfile.gettempdir())
    copy = _sqlite_checked_copy(path, where)
    try:
        source = sqlite3.connect(copy)
        try:
            # One write transaction on the live database: all pages or, on failure, none.
            source.backup(_live_sqlite())
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: {UNCHANGED} ({exc})") from None
    finally:
        copy.unlink(missing_ok=True)
        connection.close()


# ---------------------------------------------------------------- PostgreSQL


def _pg_tool(name: str) -> str:
    """pg_dump or pg_restore of the server's major version (Debian keeps one per version)."""
    connection.ensure_connection()
    major = connection.pg_version // 10000  # type: ignore[attr-defined]
    versioned = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    if versioned.exists():
        return str(versioned)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is missing: install the PostgreSQL {major} client")
    return found


def _pg_args_env() -> tuple[list[str], dict[str, str]]:
    s = connection.settings_dict
    args = []
    for flag, key in (("-h", "HOST"), ("-p", "PORT"), ("-U", "USER")):
        if s.get(key):
            args += [flag, str(s[key])]
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = str(s["PASSWORD"])  # not on the command line, where ps shows it
    return [*args, "-d", str(s["NAME"])], env


def _run(command: list[str], env: dict[str, str], **kwargs: Any) -> str:
    done = subprocess.run(command, env=env, capture_output=True, check=False, **kwargs)
    if done.returncode != 0:
        error = done.stderr.decode(errors="replace").strip().splitlines()
        raise BackupError(f"{Path(command[0]).name} failed: {' / '.join(error[-3:])}")
    return done.stdout.decode(errors="replace") if isinstance(done.stdout, bytes) else ""


def _pg_backup(path: Path) -> None:
    args, env = _pg_args_env()
    dump = _pg_tool("pg_dump")
    with _private_file(path) as tmp, tmp.open("wb") as out:
        done = subprocess.run(
            [dump, "-Fc", *args], env=env, stdout=out, stderr=subprocess.PIPE, check=False
        )
        if done.returncode != 0:
            error = done.stderr.decode(errors="replace").strip().splitlines()
            raise BackupError(f"pg_dump failed: {' / '.join(error[-3:])}")


def _pg_restore(path: Path) -> None:
    args, env = _pg_args_env()
    tool = _pg_tool("pg_restore")
    try:
        listing = _run([tool, "--list", str(path)], env)
    except BackupError:
        raise BackupError(f"{path}: not a readable pg_dump archive") from None
    if f" {MARK_TABLE} " not in listing:
        raise BackupError(f"{path}: not a chitieu backup (a pg_dump archive of something else)")
    applied = _pg_applied_migrations(path, tool, env)
    _check_migrations(path, applied)
    try:
        _run(
            [tool, *RESTORE_FLAGS, *ATOMIC_FLAGS, *args, str(path)],
            env,
        )
    except BackupError as exc:
        raise BackupError(f"{path}: {UNCHANGED} ({exc})") from None


def _pg_applied_migrations(path: Path, tool: str, env: dict[str, str]) -> set[tuple[str, str]]:
    """The migrations recorded in the archive (its django_migrations rows, as COPY text)."""
    text = _run([tool, "--data-only", "--table=django_migrations", "-f", "-", str(path)], env)
    rows = text.split("FROM stdin;\n", 1)[-1].split("\n\\.\n", 1)[0]
    applied = set()
    for line in rows.splitlines():
        cells = line.split("\t")
        if len(cells) >= 3:
            applied.add((cells[1], cells[2]))
    return applied


# ---------------------------------------------------------------- the two commands


class FileCommand(BaseCommand):
    """``chitieu manage backup|restore FILE``: one file, and a problem as a CommandError."""

    file_help = ""

    def act(self, path: Path) -> str:
        """Do it; the line to print."""
        raise NotImplementedError

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help=self.file_help)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            self.stdout.write(self.act(Path(options["file"])))
        except BackupError as exc:
            raise CommandError(str(exc)) from None
