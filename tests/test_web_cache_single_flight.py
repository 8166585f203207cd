"""Viewers arriving together after a change wait for one computation of the new evaluation
instead of each computing their own copy (31–34 s each, and a copy each in memory); a
viewer of another plan or date does not wait for it."""

from __future__ import annotations

import threading

from chitieu.web.lru import LruCache
from tests.threadkit import DEADLINE, all_at_once, until, waiting_in

VIEWERS = 6


def test_it_makes_a_value_once_for_viewers_arriving_together():
    cache: LruCache[str] = LruCache(8)
    release = threading.Event()
    made: list[str] = []

    def make() -> str:
        made.append(threading.current_thread().name)
        release.wait()  # the computation lasts until every viewer has arrived
        return "evaluation of version 7"

    got: list[str] = []
    all_at_once(VIEWERS, lambda: got.append(cache.get_or_make(("plan", 7), make)), release)
    assert len(made) == 1
    assert got == ["evaluation of version 7"] * VIEWERS
    assert cache.get(("plan", 7)) == "evaluation of version 7"


def test_it_does_not_hold_other_keys_back():
    cache: LruCache[str] = LruCache(8)
    release = threading.Event()

    def slow() -> str:
        release.wait()
        return "national plan"

    first = threading.Thread(target=cache.get_or_make, args=(("national", 1), slow))
    first.start()
    until(lambda: waiting_in(first, "get_or_make"))
    # made while the other key's computation is still going on
    assert cache.get_or_make(("district", 1), lambda: "district plan") == "district plan"
    assert first.is_alive()
    release.set()
    first.join(DEADLINE)
    assert cache.get(("national", 1)) == "national plan"


def test_it_keeps_a_value_of_none_like_any_other():
    cache: LruCache[None] = LruCache(8)
    calls: list[int] = []
    assert cache.get_or_make("plan without units", lambda: calls.append(1)) is None
    assert cache.get_or_make("plan without units", lambda: calls.append(2)) is None
    assert calls == [1]
