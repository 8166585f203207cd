"""Child processes on a database of their own: for what a test process cannot do to its
own test database (back it up and restore it, kill a writer with SIGKILL).

Each child is `python -m chitieu.cli …` or a short Python program with the app's own
settings (not the tests'), pointed at a ScratchDatabase by CHITIEU_DATABASE_URL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

SETUP = "from chitieu.cli.web import setup_django\nsetup_django()\n"

# Every row of every table (auto-created many-to-many tables too), as Python reprs:
# timestamps keep their microseconds, decimals their digits.
DUMP = (
    SETUP
    + """
import json
from django.apps import apps
rows = {}
for model in apps.get_models(include_auto_created=True):
    rows[model._meta.db_table] = [repr(r) for r in model.objects.order_by("pk").values_list()]
print(json.dumps(rows))
"""
)


def child_env(data_dir: Path, database_url: str) -> dict[str, str]:
    env = {**os.environ, "CHITIEU_DATA_DIR": str(data_dir), "CHITIEU_DATABASE_URL": database_url}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the app's settings, not the tests'
    return env


def chitieu(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``chitieu ARGS`` in a child process; its exit code is the caller's to check."""
    return subprocess.run(
        [sys.executable, "-m", "chitieu.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def python(env: dict[str, str], code: str) -> str:
    """Run ``code`` in a child process; its standard output (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def load_demo(env: dict[str, str]) -> None:
    python(env, SETUP + "from chitieu.cli.web import prepare_database\nprepare_database(True)\n")


def dump(env: dict[str, str]) -> dict[str, Any]:
    rows: dict[str, Any] = json.loads(python(env, DUMP))
    return rows
