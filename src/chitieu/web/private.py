"""The data dir and its files readable by their owner only.

The SQLite database, its journal and the secret key hold every figure and the key that
signs sessions; other accounts on the server have no business reading them.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_dir(path: Path) -> Path:
    """Create the directory readable by its owner only (an existing one is left as it is,
    as it may be a directory the administrator chose and shares on purpose)."""
    if not path.exists():
        path.mkdir(mode=0o700, parents=True)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask
    return path


def private_file(path: Path) -> Path:
    """The file, created empty if missing, readable and writable by its owner only.

    SQLite gives its -wal and -shm files the mode of the database file, so a private
    database keeps its journal private too; an older, world-readable file is tightened.
    """
    if not path.exists():
        private_dir(path.parent)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return path
