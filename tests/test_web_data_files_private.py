"""The data dir and what is in it (the SQLite database with its -wal and -shm journal,
the secret key) are readable by the server's account only, whatever the umask; files an
older version left readable to all are tightened at start.

A province relies on this on a shared server: another account cannot copy the figures,
the users' password hashes or the key that signs their sessions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NOT_THE_TESTS = ("DJANGO_SETTINGS_MODULE", "CHITIEU_SECRET_KEY", "CHITIEU_DATABASE_URL")

# Run inside `chitieu manage shell`: migrate, keep the connection open (WAL files exist
# while it is), and report every file's permissions.
REPORT = """
import json, os
from django.conf import settings
from django.core.management import call_command
from django.db import connection
call_command("migrate", verbosity=0)
connection.cursor().execute("SELECT 1")
d = settings.DATA_DIR
modes = {n: oct(os.stat(d / n).st_mode & 0o777) for n in os.listdir(d)}
print(json.dumps({"dir": oct(os.stat(d).st_mode & 0o777), "files": modes}))
"""


def run_app(data_dir: Path, code: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in NOT_THE_TESTS}
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "manage", "shell", "-c", code],
        env={**env, "CHITIEU_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=lambda: os.umask(0o022),  # a usual, permissive umask
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_new_data_dir_and_its_files_are_private(tmp_path):
    report = run_app(tmp_path / "new" / "data", REPORT)
    assert report["dir"] == "0o700"
    assert report["files"] == {
        "chitieu.sqlite3": "0o600",
        "chitieu.sqlite3-wal": "0o600",
        "chitieu.sqlite3-shm": "0o600",
        "secret.key": "0o600",
    }


def test_files_left_readable_by_an_older_version_are_tightened(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for name in ("chitieu.sqlite3", "secret.key"):
        (data / name).write_text("" if name.endswith("3") else "an-old-key-" + "x" * 50)
        (data / name).chmod(0o644)
    report = run_app(data, REPORT)
    assert report["files"]["chitieu.sqlite3"] == report["files"]["secret.key"] == "0o600"
    assert (data / "secret.key").read_text() == "an-old-key-" + "x" * 50  # the same key
