"""When the computation the viewers wait for fails, every one of them gets its error at
once (none is left hanging), and the next request tries again: a failure is not kept."""

from __future__ import annotations

import threading

import pytest

from chitieu.web.lru import LruCache
from tests.threadkit import all_at_once

VIEWERS = 4


class DatabaseGone(Exception):
    pass


def test_it_gives_every_waiting_viewer_the_error_and_keeps_nothing():
    cache: LruCache[str] = LruCache(8)
    release = threading.Event()
    calls: list[int] = []

    def failing() -> str:
        calls.append(1)
        release.wait()
        raise DatabaseGone("the connection was closed")

    outcomes: list[str] = []

    def viewer() -> None:
        try:
            outcomes.append(cache.get_or_make("plan-3", failing))
        except DatabaseGone as exc:
            outcomes.append(f"error: {exc}")

    all_at_once(VIEWERS, viewer, release)
    assert outcomes == ["error: the connection was closed"] * VIEWERS
    assert calls == [1]
    assert cache.get("plan-3") is None

    # the next request computes again, and that value is kept
    assert cache.get_or_make("plan-3", lambda: "evaluated") == "evaluated"
    assert cache.get_or_make("plan-3", lambda: "evaluated again") == "evaluated"


def test_it_refuses_a_computation_that_asks_for_its_own_key():
    cache: LruCache[str] = LruCache(8)

    def loops() -> str:
        return cache.get_or_make("plan-4", loops)

    with pytest.raises(RuntimeError, match="while it is being made"):
        cache.get_or_make("plan-4", loops)
    assert cache.get_or_make("plan-4", lambda: "made") == "made"
