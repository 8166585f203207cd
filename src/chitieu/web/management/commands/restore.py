"""``chitieu manage restore FILE``: replace the database with a backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.web.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Replace the whole database with the backup in FILE, made by `chitieu manage backup` "
        "from a database of the same kind. Stop the server first. A restore that fails leaves "
        "the database as it was."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a backup written by `chitieu manage backup`")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            restore(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored from {path}.")
