"""Pausing Python's cyclic garbage collector while a large value is built.

Evaluating a plan at national size makes a few hundred thousand small objects (a tuple
per row read, a core figure per unit's count figure). Every 700 new objects start a
collection, and now and then one of the whole heap, the worker's cached plans and pages
included: a quarter of the CPU time of the dashboard after an approval was spent there.
Those objects make no reference cycles, so reference counting frees whatever is dropped;
the collector is paused while they are made and runs again afterwards (then collecting
anything cyclic left meanwhile, by any thread). Pauses may nest and overlap between
threads: the collector runs again when the last one ends, if it ran before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_on = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (of any thread of the process)."""
    global _pauses, _was_on
    with _lock:
        if _pauses == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_on:
                gc.enable()
