"""``chitieu manage backup FILE``: the whole database in one file, while the server runs."""

from __future__ import annotations

from pathlib import Path

from chitieu.web.backup import FileCommand, backup


class Command(FileCommand):
    help = (
        "Back up the whole database to FILE (SQLite: a database file; PostgreSQL: a pg_dump "
        "archive), readable by its owner only. Safe while the server runs."
    )
    file_help = "the backup file to write (replaced if it exists)"

    def act(self, path: Path) -> str:
        backup(path)
        return f"Backed up to {path} ({path.stat().st_size:,} bytes)."
