"""When the computation the viewers wait for fails, every one of them gets its error at
once (none is left hanging), and the next request tries again: a failure is not kept."""

from __future__ import annotations

import contextlib
import threading

import pytest

from chitieu.web.lru import LruCache, mark_background
from tests.threadkit import DEADLINE, all_at_once, until, waiting_in

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


def test_a_failed_background_warming_leaves_the_waiting_viewer_to_compute():
    """The background warming's error is logged there; the viewer waiting for it does not
    get an error page but computes the value itself."""
    cache: LruCache[str] = LruCache(8)
    release = threading.Event()

    def failing() -> str:
        release.wait()
        raise DatabaseGone("the warming's connection was closed")

    def warm() -> None:
        mark_background()
        with contextlib.suppress(DatabaseGone):
            cache.get_or_make("plan-5", failing)

    warming = threading.Thread(target=warm)
    warming.start()
    until(lambda: waiting_in(warming, "get_or_make"))
    got: list[str] = []
    viewer = threading.Thread(
        target=lambda: got.append(cache.get_or_make("plan-5", lambda: "made by the viewer"))
    )
    viewer.start()
    until(lambda: waiting_in(viewer, "get_or_make"))
    release.set()
    warming.join(DEADLINE)
    viewer.join(DEADLINE)
    assert got == ["made by the viewer"]
    assert cache.get("plan-5") == "made by the viewer"
