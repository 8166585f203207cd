"""``chitieu manage restore FILE``: replace the database with a backup."""

from __future__ import annotations

from pathlib import Path

from chitieu.web.backup import FileCommand, restore


class Command(FileCommand):
    help = (
        "Replace the whole database with the backup in FILE, made by `chitieu manage backup` "
        "from a database of the same kind. Stop the server first. A restore that fails leaves "
        "the database as it was."
    )
    file_help = "a backup written by `chitieu manage backup`"

    def act(self, path: Path) -> str:
        restore(path)
        return f"Restored from {path}."
