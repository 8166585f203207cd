"""Real threads in tests: knowing that a thread is blocked inside a given function, without
sleeping for a guessed time."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

DEADLINE = 60.0  # seconds; only against a hang, never a measure of speed


def waiting_in(thread: threading.Thread, function: str) -> bool:
    """Whether the thread sits in a wait (an Event's, a Future's, a lock's condition)
    somewhere inside ``function``."""
    frame = sys._current_frames().get(thread.ident or 0)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return bool(names) and names[0] == "wait" and function in names


def until(condition: Callable[[], bool]) -> None:
    """Return once ``condition()`` holds; fail if it never does."""
    end = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < end, "the threads never got there"
        time.sleep(0.01)


def all_at_once(count: int, ask: Callable[[], None], release: threading.Event) -> None:
    """``count`` threads call ``ask`` together; once every one of them waits inside
    ``get_or_make`` (one on the computation, the others on it), ``release`` lets the
    computation finish; returns when all threads have."""
    start = threading.Barrier(count)

    def run() -> None:
        start.wait()
        ask()

    threads = [threading.Thread(target=run, name=f"viewer-{i}") for i in range(count)]
    for t in threads:
        t.start()
    until(lambda: all(waiting_in(t, "get_or_make") for t in threads))
    release.set()
    for t in threads:
        t.join(DEADLINE)
        assert not t.is_alive()
