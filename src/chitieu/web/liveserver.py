"""Start `chitieu serve` in a child process on a free port and wait until it answers.

Used by the browser tests and the dashboard benchmark: both exercise the real server
(gunicorn with the production settings), not Django's test server. ScratchDatabase gives
such a child process (or a `chitieu manage` one) a database of its own.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ScratchDatabase:
    """A database of its own for child processes: on PostgreSQL (when ``env`` points at a
    cluster) a fresh database, created on entering and dropped on leaving; on SQLite a
    file ``<name>.sqlite3`` in ``directory``. ``url`` is its CHITIEU_DATABASE_URL."""

    def __init__(self, env: Mapping[str, str], directory: Path, name: str) -> None:
        base = env.get("CHITIEU_DATABASE_URL", "")
        self._base = base if base.startswith("postgres") else ""
        self.name = name
        if self._base:
            self.url = self._base.rsplit("/", 1)[0] + "/" + name
        else:
            self.url = f"sqlite:///{directory.resolve() / name}.sqlite3"

    @property
    def is_postgres(self) -> bool:
        return bool(self._base)

    def _admin_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            self._base.replace("postgres://", "postgresql://"), autocommit=True
        ) as c:
            c.execute(sql)

    def __enter__(self) -> ScratchDatabase:
        if self._base:
            self._admin_sql(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc: object) -> None:
        if self._base:
            self._admin_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class LiveServer:
    """``with LiveServer(demo=True) as server: server.url`` — stopped and cleaned on exit."""

    def __init__(
        self,
        demo: bool = True,
        workers: int = 2,
        threads: int = 8,
        env: dict[str, str] | None = None,
        startup_timeout: float = 120.0,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._dir = tempfile.TemporaryDirectory(prefix="chitieu-live-")
        self.data_dir = Path(self._dir.name)
        self.log = self.data_dir / "server.log"
        self._args = [
            sys.executable,
            "-m",
            "chitieu.cli",
            "serve",
            "--port",
            str(self.port),
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--data-dir",
            str(self.data_dir),
        ] + (["--demo"] if demo else [])
        self._env = {**os.environ, **(env or {})}
        self._env.pop("DJANGO_SETTINGS_MODULE", None)  # the tests' settings are not the app's
        self._env["CHITIEU_DATA_DIR"] = str(self.data_dir)
        # On PostgreSQL the server gets a database of its own, so runs never share state;
        # on SQLite `serve` keeps its file in the data dir.
        stem = "demo" if demo else "chitieu"
        self._scratch = ScratchDatabase(self._env, self.data_dir, f"chitieu_live_{self.port}")
        self.database_url = f"sqlite:///{self.data_dir / stem}.sqlite3"
        if self._scratch.is_postgres:
            self.database_url = self._env["CHITIEU_DATABASE_URL"] = self._scratch.url
        self._timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LiveServer:
        self._scratch.__enter__()
        with self.log.open("wb") as log:
            self._proc = subprocess.Popen(
                self._args, stdout=log, stderr=subprocess.STDOUT, env=self._env
            )
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"chitieu serve exited:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        output = self.output()  # before __exit__ removes the log with the data dir
        self.__exit__(None, None, None)
        raise RuntimeError(f"chitieu serve did not answer in time:\n{output}")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._scratch.__exit__()
        self._dir.cleanup()

    @property
    def pid(self) -> int | None:
        """The server's process (gunicorn's master), while it runs."""
        return self._proc.pid if self._proc is not None else None

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""
