"""Small thread-safe least-recently-used caches, kept per process, computing once per key.

Evaluations and dashboard pages are cached this way rather than in Django's cache: the
values are Python objects (or bytes) read hundreds of times a second during a review
conference, and a per-process dictionary needs no pickling.

A miss is computed once: the first request for a key makes the value, and every other
request for the same key waits for it (and gets its error, if making it failed; the key is
not kept then, so the next request tries again). Requests for other keys never wait.

``PlanCache`` is for values keyed by a plan's ``cache_key``: it keeps the newest versions
of each plan (``CHITIEU_CACHE["versions"]``) and, when a newer one is kept anywhere,
drops the older ones from every plan cache of the process (see docs/architecture.md,
"Caches and memory per worker").
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

from django.conf import settings

V = TypeVar("V")


class LruCache(Generic[V]):
    """At most ``size`` values, the least recently used dropped first; with ``budget``,
    at most that many bytes of ``str``/``bytes`` values too."""

    def __init__(self, size: int, budget: int | None = None) -> None:
        self._size = size
        self._budget = budget
        self._weight = 0
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._making: dict[Hashable, tuple[Future[V], int, bool]] = {}
        self._lock = threading.Lock()
        _ALL.add(self)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Hashable, value: V) -> None:
        self._admit(key)
        with self._lock:
            self._keep(key, value)

    def kept_keys(self) -> list[Hashable]:
        """The keys kept, least recently used first."""
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weight = 0

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value for ``key``, made and kept on a miss (None is kept like any value).

        One thread makes it; the others asking for the same key meanwhile wait for that
        value (or that error) instead of each computing their own copy.
        """
        me = threading.get_ident()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            flight = self._making.get(key)
            if flight is None:
                future: Future[V] = Future()
                self._making[key] = (future, me, in_background())
        if flight is None:
            return self._make(key, future, make)
        waited, maker, background = flight
        if maker == me:  # make() asked for its own key: waiting would never end
            raise RuntimeError(f"cache key {key!r} asked for while it is being made")
        try:
            return waited.result()
        except Exception:
            if not background:
                raise
        # the background warming failed (its error is logged there): this request tries
        return self.get_or_make(key, make)

    def _make(self, key: Hashable, future: Future[V], make: Callable[[], V]) -> V:
        try:
            value = make()
            self._admit(key)
        except BaseException as exc:
            with self._lock:
                del self._making[key]
            future.set_exception(exc)  # every waiter gets the error; nothing is kept
            raise
        with self._lock:
            del self._making[key]
            self._keep(key, value)
        future.set_result(value)
        return value

    def _admit(self, key: Hashable) -> None:
        """Called before a value is kept, outside the lock."""

    # ------------------------------------------------------------ under the lock

    def _keep(self, key: Hashable, value: V) -> None:
        self._forget(key)
        self._items[key] = value
        self._weight += _weight(value)
        while self._items and (
            len(self._items) > self._size
            or (self._budget is not None and self._weight > self._budget)
        ):
            self._forget(next(iter(self._items)))

    def _forget(self, key: Hashable) -> None:
        if key in self._items:
            self._weight -= _weight(self._items.pop(key))


_ALL: weakref.WeakSet[LruCache[Any]] = weakref.WeakSet()
_BACKGROUND = threading.local()


def in_background() -> bool:
    """Whether this thread computes for nobody waiting (chitieu.web.warming)."""
    return bool(getattr(_BACKGROUND, "on", False))


def mark_background() -> None:
    """This thread's computations are background ones: a failure is not handed to the
    requests waiting for them, which then compute for themselves."""
    _BACKGROUND.on = True


def _after_fork() -> None:
    """In a forked worker the parent's threads are gone: their computations will never
    end, and a lock one of them held would never be released."""
    for cache in list(_ALL):
        cache._lock = threading.Lock()
        cache._making = {}
    VERSIONS._lock = threading.Lock()


def _weight(value: object) -> int:
    return len(value) if isinstance(value, str | bytes) else 0


# ---------------------------------------------------------------- per plan and version

Version = tuple[object, ...]


class _Versions:
    """The versions of each plan the process keeps, most recently kept last.

    "Newest" is the one kept last, not the highest number: a version read inside a
    transaction that was then rolled back must not stop the real one from being kept.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[object, OrderedDict[Version, None]] = {}
        self._caches: weakref.WeakSet[PlanCache[object]] = weakref.WeakSet()

    def register(self, cache: PlanCache[object]) -> None:
        with self._lock:
            self._caches.add(cache)

    def keep(self, plan: object, version: Version) -> None:
        """``version`` of ``plan`` is kept from now on; older ones past the limit go."""
        limit = max(1, settings.CHITIEU_CACHE["versions"])
        with self._lock:
            kept = self._kept.setdefault(plan, OrderedDict())
            if version in kept:
                return
            kept[version] = None
            gone = []
            while len(kept) > limit:
                gone.append(kept.popitem(last=False)[0])
            caches = list(self._caches)
        for cache in caches:
            cache.drop(plan, gone)

    def caches(self) -> list[PlanCache[object]]:
        """Every plan cache of the process."""
        with self._lock:
            return list(self._caches)

    def clear_all(self) -> None:
        """Forget every value of every plan cache, and of every :class:`LatestCache` (a
        test starting from a cold process)."""
        with self._lock:
            self._kept.clear()
            caches: list[LruCache[Any]] = list(self._caches)
        caches += [c for c in list(_ALL) if isinstance(c, LatestCache)]
        for cache in caches:
            cache.clear()

    def is_kept(self, plan: object, version: Version) -> bool:
        with self._lock:
            return version in self._kept.get(plan, ())


VERSIONS = _Versions()
os.register_at_fork(after_in_child=_after_fork)


def split_key(key: Hashable) -> tuple[object, Version]:
    """A plan cache's key starts with the plan's ``cache_key``: (id, data version, time)."""
    assert isinstance(key, tuple) and len(key) >= 3, key
    return key[0], key[1:3]


def _same_but_version(kept: Hashable, key: Hashable) -> bool:
    """Whether ``kept`` is ``key`` of another version of the same plan."""
    return _same_but_version_at(kept, key, 2)


def _same_but_version_at(kept: Hashable, key: Hashable, width: int) -> bool:
    """Whether ``kept`` is ``key`` but for the version (the ``width`` items after the
    first)."""
    assert isinstance(kept, tuple) and isinstance(key, tuple)
    end = 1 + width
    return kept[0] == key[0] and kept[1:end] != key[1:end] and kept[end:] == key[end:]


class PlanCache(LruCache[V]):
    """An ``LruCache`` whose keys start with ``plan.cache_key``; keeping a newer version
    of a plan drops the older ones (beyond ``CHITIEU_CACHE["versions"]``) from every
    plan cache of the process."""

    def __init__(self, size: int, budget: int | None = None) -> None:
        super().__init__(size, budget)
        VERSIONS.register(self)  # type: ignore[arg-type]

    def _admit(self, key: Hashable) -> None:
        VERSIONS.keep(*split_key(key))

    def _keep(self, key: Hashable, value: V) -> None:
        # a newer version kept meanwhile by another thread: this one is no longer wanted
        if VERSIONS.is_kept(*split_key(key)):
            super()._keep(key, value)

    def get_or_previous(self, key: Hashable, make: Callable[[], V]) -> tuple[V, bool]:
        """:meth:`get_or_make`, except while another thread is making ``key``: then the
        value kept for the plan's previous version (the same key but for the version) is
        answered at once, with True ("đang cập nhật", being updated), instead of waiting.

        It costs no memory: the previous version is still kept until the new one is, and
        it is dropped then as always. With no previous value, this waits as usual.
        """
        me = threading.get_ident()
        with self._lock:
            flight = self._making.get(key)
            if key not in self._items and flight is not None and flight[1] != me:
                older = [k for k in self._items if _same_but_version(k, key)]
                if older:
                    return self._items[older[-1]], True
        return self.get_or_make(key, make), False

    def drop(self, plan: object, versions: list[Version]) -> None:
        """Forget every value of these versions of ``plan``."""
        if not versions:
            return
        gone = {(plan, v) for v in versions}
        with self._lock:
            for key in [k for k in self._items if split_key(k) in gone]:
                self._forget(key)


class LatestCache(LruCache[V]):
    """An ``LruCache`` whose keys are ``(what, version, *rest)``: keeping a value drops
    the values kept for the same ``what`` and ``rest`` under another version, so at most
    one version of each is kept. For values that depend on less than a plan's whole data
    version (a version of their own inputs, which an approval of other figures keeps)."""

    def _keep(self, key: Hashable, value: V) -> None:
        assert isinstance(key, tuple) and len(key) >= 2, key
        for kept in [k for k in self._items if _same_but_version_at(k, key, 1)]:
            self._forget(kept)
        super()._keep(key, value)

    def kept_version(self, key: Hashable) -> tuple[Hashable, V] | None:
        """The key and value kept for ``key`` but for its version, if any: what a new
        version may be made from (reading only what changed since)."""
        with self._lock:
            older = [k for k in self._items if _same_but_version_at(k, key, 1)]
            return (older[-1], self._items[older[-1]]) if older else None
