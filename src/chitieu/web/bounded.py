"""Running a parser of uploads in a child process, with a time and a memory limit.

A parser given a hostile file may loop for minutes or grow without end; run in the
request's own thread it holds a worker, and the server's shutdown, until it is done. Here
it runs in a fresh interpreter rather than a fork (the server's threads, locks and
database connections stay with the server), whose address space and CPU time are capped
with ``setrlimit`` and which is killed once the wall-clock limit passes. The request
waits for it in ``select``, so neither the request nor a shutdown waits longer than the
limit.

What runs there is a module-level function of the core (it must import without Django),
given and returning picklable values. The exceptions it raises come back as they are
(``InputError`` included); anything else going wrong is :class:`OverLimit` or
:class:`ChildFailed`. This module imports no Django either, as the child imports it.
"""

from __future__ import annotations

import importlib
import os
import pickle
import resource
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# The child reads the parent's import path on stdin, then its task (whose values need it).
_BOOT = (
    "import pickle, sys; sys.path[:0] = pickle.load(sys.stdin.buffer); "
    "from chitieu.web.bounded import child; child(pickle.load(sys.stdin.buffer))"
)


_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "HOME")


@dataclass(frozen=True)
class Limits:
    """How long (wall clock, seconds) and how much memory (bytes of address space)."""

    seconds: float
    memory: int


class OverLimit(Exception):
    """The child went over its time or memory limit and was stopped."""

    def __init__(self, what: str, limits: Limits) -> None:
        super().__init__(f"over the {what} limit ({limits.seconds} s, {limits.memory} bytes)")
        self.what = what  # "time" or "memory"
        self.limits = limits


class ChildFailed(Exception):
    """The child died, or raised something that cannot be sent back (its traceback is
    the message, for the log)."""


def run_bounded(
    func: Callable[..., T], *args: Any, limits: Limits, poll: Callable[[], None] | None = None
) -> T:
    """``func(*args)`` in a child process within ``limits``; its exceptions re-raised.

    ``poll``, if given, is called every :data:`POLL_EVERY` seconds while the child runs (a
    background job reports its progress there); what it raises stops the child.
    """
    path = [p for p in sys.path if p]
    task = {
        "module": func.__module__,
        "name": func.__qualname__,
        "args": args,
        "memory": limits.memory,
        # a backstop in the child itself, should this process die without killing it
        "cpu": int(limits.seconds) + 1,
        "parent": os.getpid(),
    }
    proc = subprocess.Popen(
        # isolated (-I) and with none of the server's environment (its database URL, its
        # secret key): the child parses what anyone uploaded, and needs only the import path
        [sys.executable, "-I", "-c", _BOOT],
        env={k: v for k, v in os.environ.items() if k in _ENVIRONMENT},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # a parser may warn without end: not kept in memory
    )
    try:
        out = _answer(proc, pickle.dumps(path) + pickle.dumps(task), limits.seconds, poll)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise OverLimit("time", limits) from None
    except BaseException:
        proc.kill()  # the request was cut short: the child goes with it
        proc.wait()
        raise
    if not out:
        if proc.returncode == -signal.SIGXCPU:
            raise OverLimit("time", limits)
        if proc.returncode < 0:  # killed: an abort or a fault under the memory cap
            raise OverLimit("memory", limits)
        raise ChildFailed(f"the child exited with code {proc.returncode} and no answer")
    kind, value = pickle.loads(out)
    if kind == "ok":
        result: T = value
        return result
    if kind == "raised":
        raise value
    if kind == "memory":
        raise OverLimit("memory", limits)
    raise ChildFailed(value)


POLL_EVERY = 0.5  # seconds


def _answer(
    proc: subprocess.Popen[bytes], data: bytes, seconds: float, poll: Callable[[], None] | None
) -> bytes:
    """What the child wrote, waited for at most ``seconds``, calling ``poll`` meanwhile."""
    if poll is None:
        return proc.communicate(data, timeout=seconds)[0]
    deadline = time.monotonic() + seconds
    given: bytes | None = data
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise subprocess.TimeoutExpired(proc.args, seconds)
        try:
            # communicate() may be called again after a timeout: nothing is lost
            return proc.communicate(given, timeout=min(POLL_EVERY, left))[0]
        except subprocess.TimeoutExpired:
            given = None
        poll()


def child(task: dict[str, Any]) -> None:
    """The child's side: set the limits, run the function, send back what came of it."""
    # what the parser or a library prints goes to stderr; stdout carries only the answer
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # RLIMIT_DATA (the memory written to) rather than RLIMIT_AS (the address space): the
    # Rust allocators of polars and calamine reserve far more address space than they use
    resource.setrlimit(resource.RLIMIT_DATA, (task["memory"], task["memory"]))
    resource.setrlimit(resource.RLIMIT_CPU, (task["cpu"], task["cpu"] + 1))
    _die_with(task["parent"])
    outcome: tuple[str, Any]
    try:
        func: Any = importlib.import_module(task["module"])
        for part in task["name"].split("."):
            func = getattr(func, part)
        outcome = ("ok", func(*task["args"]))
    except MemoryError:
        outcome = ("memory", None)
    except Exception as exc:
        outcome = ("raised", exc) if _travels(exc) else ("failed", traceback.format_exc())
    try:
        data = pickle.dumps(outcome)
    except MemoryError:
        data = pickle.dumps(("memory", None))
    except Exception:
        data = pickle.dumps(("failed", traceback.format_exc()))
    answer.write(data)
    answer.flush()
    os._exit(0)  # no clean-up of the interpreter: there is nothing of ours to keep


def _die_with(parent: int) -> None:
    """On Linux, be killed when the worker that started us dies (kill -9 included), so no
    orphan parses on after it; elsewhere the CPU limit is the backstop."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the worker died before the line above took effect
        os._exit(1)


def _travels(exc: Exception) -> bool:
    """Whether the exception comes back from a pickle as itself."""
    try:
        back = pickle.loads(pickle.dumps(exc))
    except Exception:
        return False
    return type(back) is type(exc) and str(back) == str(exc)
