"""Commands that run the web application: ``serve`` and ``manage``."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from chitieu.web.private import private_dir

_LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")  # the settings' default ALLOWED_HOSTS
_ANY_ADDRESS = ("0.0.0.0", "::", "127.0.0.1", "::1", "localhost")


def _host_name(host: str) -> str:
    """The --host as a Host header names it (an IPv6 address in brackets)."""
    return f"[{host}]" if ":" in host else host


def setup_django(data_dir: str | None = None, database: Path | None = None) -> None:
    """Configure Django from the environment, optionally pointing it at a data dir or file."""
    if data_dir:
        os.environ["CHITIEU_DATA_DIR"] = data_dir
    if database is not None:
        os.environ["CHITIEU_DATABASE_URL"] = f"sqlite:///{database.resolve()}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.web.settings")
    import django

    django.setup()


def prepare_database(demo: bool) -> list[str]:
    """Apply migrations; with ``demo``, load the Lạng Sơn demo. Returns lines to print."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("clearsessions")  # expired logins; cron should run it daily too
    if not demo:
        return []
    from chitieu.web.demo import DEMO_PASSWORD, LOGINS, load_demo

    plan = load_demo()
    lines = [f"Demo loaded: {plan.title}", f"Demo logins (password for all: {DEMO_PASSWORD}):"]
    lines += [f"  {d.username:<10} {d.role.value:<9} {d.description}" for d in LOGINS]
    return lines


def _serve(server: object, worker: object) -> None:
    from chitieu.web import warming

    warming.serve()


def run_gunicorn(host: str, port: int, workers: int, threads: int) -> None:
    from django.conf import settings
    from gunicorn.app.base import BaseApplication

    from chitieu.web.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "worker_class": "gthread",
                "threads": threads,
                "backlog": 2048,
                "keepalive": 5,
                "accesslog": None,
                "timeout": 120,
                # gunicorn's control socket lives in ~/.gunicorn, shared by every server
                # of the user; chitieu does not use it, and two servers would fight over it.
                "control_socket_disable": True,
                # each worker evaluates a changed plan in the background (web/warming.py)
                "post_fork": _serve,
                # The proxies whose X-Forwarded-Proto gunicorn believes: the same ones
                # whose X-Forwarded-For counts failed logins (CHITIEU_TRUSTED_PROXIES).
                "forwarded_allow_ips": ",".join(settings.TRUSTED_PROXIES),
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Server().run()


@contextmanager
def embedded_worker(start: bool) -> Iterator[None]:
    """The background jobs' worker as a child process while the server runs (``start``)."""
    if not start:
        yield
        return
    # the environment set up above (data dir, database) is the child's too
    child = subprocess.Popen([sys.executable, "-m", "chitieu.cli", "worker"])
    try:
        yield
    finally:
        child.terminate()  # it finishes the job it is running, if it can within 30 s
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


@click.command()
@click.option("--demo", is_flag=True, help="Start from a fresh copy of the Lạng Sơn demo.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers",
    type=int,
    default=None,
    help="Worker processes (default: one per core, at least 2).",
)
@click.option("--threads", type=int, default=8, show_default=True, help="Threads per worker.")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where the database and the secret key live (default: $CHITIEU_DATA_DIR or "
    "./chitieu-data).",
)
@click.option(
    "--worker/--no-worker",
    default=True,
    show_default=True,
    help="Run the background jobs' worker too (--no-worker when `chitieu worker` runs "
    "them elsewhere).",
)
def serve(
    demo: bool,
    host: str,
    port: int,
    workers: int | None,
    threads: int,
    data_dir: str | None,
    worker: bool,
) -> None:
    """Run the web application.

    On the embedded default, the database is a SQLite file in the data dir; set
    CHITIEU_DATABASE_URL=postgres://… for PostgreSQL. With --demo, a separate demo
    database (demo.sqlite3) is recreated with the Lạng Sơn plan, its figures and one
    login per role, which are printed.

    It answers to localhost (and the --host given) unless CHITIEU_ALLOWED_HOSTS lists
    the site's names; behind a proxy serving https, set CHITIEU_HTTPS=1 (docs/web.md).
    """
    # The database, its journal, the key and uploads in progress: the server's alone.
    os.umask(0o077)
    if host not in _ANY_ADDRESS and "CHITIEU_ALLOWED_HOSTS" not in os.environ:
        os.environ["CHITIEU_ALLOWED_HOSTS"] = ",".join([*_LOCAL_NAMES, _host_name(host)])
    database = None
    if demo and "CHITIEU_DATABASE_URL" not in os.environ:
        base = private_dir(Path(data_dir or os.environ.get("CHITIEU_DATA_DIR", "chitieu-data")))
        database = base / "demo.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    setup_django(data_dir, database)
    for line in prepare_database(demo):
        click.echo(line)
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    click.echo(f"chitieu is running at http://{shown}:{port}/  (Ctrl+C to stop)")
    sys.stdout.flush()
    with embedded_worker(worker):
        run_gunicorn(host, port, workers or max(2, multiprocessing.cpu_count()), threads)


@click.command()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where the database lives (default: $CHITIEU_DATA_DIR or ./chitieu-data).",
)
@click.option("--batch", is_flag=True, help="Run the jobs waiting now, then stop.")
def worker(data_dir: str | None, batch: bool) -> None:
    """Run the background jobs (large imports, long resolutions) as they are queued.

    `chitieu serve` runs one itself; in production, run `chitieu serve --no-worker` and
    this command as its own service, as many as wanted, against the same database.
    """
    setup_django(data_dir)
    from chitieu.web.jobs.worker import run_worker

    run_worker(batch)


@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command (migrate, createsuperuser, shell …)."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["chitieu manage", *args])
