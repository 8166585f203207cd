"""Evaluating a plan in the background once a change of its data has committed.

Approving a report bumps the plan's data version (``Plan.touch``), so every cached
evaluation and page of the plan is stale. Instead of the first viewer paying for the new
evaluation, ``touch`` asks for it here when its transaction commits: one thread per
process works through a short queue, one plan at a time. A viewer arriving meanwhile
waits for that same computation (chitieu.web.lru computes a key once). A failure is
logged, never raised, and not handed to a viewer waiting for it: the viewer then computes
it as before.

Only web workers warm (``serve()``, called by gunicorn after it forks each worker): a
command that changes a plan (an import, loading the demo before the server starts) leaves
no thread behind, and a forked worker never inherits one that no longer runs.

What "warming a plan" does is registered by the app that knows (``chitieu.web.figures``
registers the evaluation in its ``ready()``), so this module imports no model.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import connections, transaction

from chitieu.web.lru import mark_background

log = logging.getLogger(__name__)

QUEUE_SIZE = 16  # plans waiting; past that a change is not warmed (its viewer computes it)

Warm = Callable[[int], None]
_WARMS: list[Warm] = []


def register(warm: Warm) -> None:
    """``warm(plan_id)`` runs in the background after each committed change of a plan."""
    if warm not in _WARMS:
        _WARMS.append(warm)


class Warmer:
    """One daemon thread and a bounded queue of plan ids (each queued at most once)."""

    def __init__(self, size: int = QUEUE_SIZE) -> None:
        self._queue: queue.Queue[int] = queue.Queue(size)
        self._queued: set[int] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def ask(self, plan_id: int) -> None:
        """Warm the plan soon (a plan already waiting is not queued twice)."""
        with self._lock:
            if plan_id in self._queued:
                return
            try:
                self._queue.put_nowait(plan_id)
            except queue.Full:
                log.warning("cache warming: queue full, plan %s is computed on first view", plan_id)
                return
            self._queued.add(plan_id)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="chitieu-warm", daemon=True)
                self._thread.start()

    def wait(self) -> None:
        """Until every plan asked for so far has been warmed (or failed)."""
        self._queue.join()

    def _run(self) -> None:
        mark_background()
        while True:
            plan_id = self._queue.get()
            with self._lock:
                self._queued.discard(plan_id)
            log.info("warming plan %s", plan_id)
            try:
                for warm in list(_WARMS):
                    warm(plan_id)
            except Exception:
                log.exception("cache warming failed for plan %s", plan_id)
            finally:
                connections.close_all()  # this thread's own connections; none left open
                self._queue.task_done()


WARMER = Warmer()
_serving = False


def serve() -> None:
    """This process serves requests: warm its caches after each committed change."""
    global WARMER, _serving
    WARMER = Warmer()  # none of the parent's state: its thread did not come along
    _serving = True


def after_commit(plan_id: int) -> None:
    """Warm the plan once the current transaction commits (at once outside one)."""
    if _serving and settings.CHITIEU_WARM_CACHE:
        transaction.on_commit(lambda: WARMER.ask(plan_id))
