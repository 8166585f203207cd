"""``chitieu manage backup FILE``: the whole database in one file, while the server runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.web.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the whole database to FILE (SQLite: a database file; PostgreSQL: a pg_dump "
        "archive), readable by its owner only. Safe while the server runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the backup file to write (replaced if it exists)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            backup(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backed up to {path} ({path.stat().st_size:,} bytes).")
