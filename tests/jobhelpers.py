"""Running queued jobs in a test: django-tasks' real database worker, one task at a time.

The worker's loop (``Worker.run``) closes the thread's database connection between tasks,
which would end the test's own transaction; here the same worker claims each waiting task
from the database and runs it with ``Worker.run_task``, as its loop does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django_tasks_db.models import DBTaskResult

from chitieu.web.jobs.running import progressed
from chitieu.web.jobs.worker import db_worker


def run_queued() -> int:
    """Run every task waiting in the database queue; how many ran."""
    worker = db_worker(batch=True)
    ran = 0
    while (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def run_queued_seeing(receiver: Callable[..., Any]) -> int:
    """:func:`run_queued`, with ``receiver`` told each progress a job stores (as its page
    would see it: a test cancels there)."""
    progressed.connect(receiver, weak=False)
    try:
        return run_queued()
    finally:
        progressed.disconnect(receiver)
