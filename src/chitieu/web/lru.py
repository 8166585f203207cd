"""A small thread-safe least-recently-used cache, kept per process.

Evaluations and dashboard pages are cached this way rather than in Django's cache: the
values are Python objects (or bytes) read hundreds of times a second during a review
conference, and a per-process dictionary needs no pickling. Keys carry the plan's
``cache_key``, so a change of data makes new keys and old entries simply age out.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LruCache(Generic[V]):
    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value for ``key``, made and kept on a miss (None is kept like any value).

        Two threads missing the same key both compute it; the result is the same, and
        holding the lock while computing would serialise every request behind one.
        """
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        self.put(key, value)
        return value
