"""A parser run through run_bounded comes back with its answer or its own exception, or is
stopped at its time or memory limit with the server process untouched, and never sees the
server's secrets (issue 10: a 20 MB upload kept a core busy past 7 minutes and blocked the
server's shutdown)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from chitieu.problems import InputError, Problem
from chitieu.textread.sources import extract_text
from chitieu.web.bounded import ChildFailed, Limits, OverLimit, run_bounded

ENOUGH = Limits(seconds=20, memory=512 * 1024 * 1024)


def test_it_gives_back_what_the_function_returns():
    assert run_bounded(divmod, 17, 5, limits=ENOUGH) == (3, 2)


def test_the_input_error_of_the_child_comes_back_with_its_problems(tmp_path):
    with pytest.raises(InputError) as caught:
        run_bounded(extract_text, str(tmp_path / "missing.txt"), limits=ENOUGH)
    assert caught.value.problems == [Problem(str(tmp_path / "missing.txt"), "file.missing")]


def test_what_the_function_prints_does_not_spoil_the_answer():
    # a library printing to stdout (even a pickle-looking line) goes to stderr instead
    assert run_bounded(print, "\x80\x04garbage", limits=ENOUGH) is None


def test_a_function_past_its_time_is_stopped():
    with pytest.raises(OverLimit) as caught:
        run_bounded(time.sleep, 30, limits=Limits(seconds=0.5, memory=ENOUGH.memory))
    assert caught.value.what == "time"


def test_a_function_past_its_memory_is_stopped():
    with pytest.raises(OverLimit) as caught:
        run_bounded(bytearray, 800 * 1024 * 1024, limits=ENOUGH)
    assert caught.value.what == "memory"


def test_a_child_that_aborts_is_reported_and_this_process_goes_on():
    # what calamine does when an allocation fails: abort(), which would end a server worker
    with pytest.raises(OverLimit):
        run_bounded(os.abort, limits=ENOUGH)
    assert run_bounded(divmod, 7, 2, limits=ENOUGH) == (3, 1)


def test_a_child_that_ends_without_an_answer_is_a_failure():
    with pytest.raises(ChildFailed, match="exited with code 3"):
        run_bounded(sys.exit, 3, limits=ENOUGH)


def test_the_child_sees_none_of_the_server_s_secrets(monkeypatch):
    monkeypatch.setenv("CHITIEU_SECRET_KEY", "not-for-a-parser")
    monkeypatch.setenv("CHITIEU_DATABASE_URL", "postgres://chitieu:password@db/chitieu")
    assert run_bounded(os.getenv, "CHITIEU_SECRET_KEY", limits=ENOUGH) is None
    assert run_bounded(os.getenv, "CHITIEU_DATABASE_URL", limits=ENOUGH) is None


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(p) for p in f.read().split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_a_child_dies_with_the_worker_that_started_it():
    # a worker killed with SIGKILL (an out-of-memory kill, an operator) while a parser
    # sleeps: nothing would end the parser, which uses no CPU, but the worker's death
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from chitieu.web.bounded import Limits, run_bounded; "
            "run_bounded(time.sleep, 600, limits=Limits(seconds=600, memory=2**29))",
        ]
    )
    try:
        deadline = time.monotonic() + 20
        while not (children := _children(worker.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        [parser] = children
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        while _alive(parser) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(parser)
    finally:
        worker.kill()
        worker.wait()
