"""django-tasks' database worker, as `chitieu worker` and `chitieu serve` run it."""

from __future__ import annotations

from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

INTERVAL = 1.0  # seconds between two looks at the queue when it is empty


def db_worker(batch: bool = False) -> Worker:
    """A worker of the default queue; with ``batch``, it stops once the queue is empty."""
    return Worker(
        queue_names=[DEFAULT_TASK_QUEUE_NAME],
        interval=INTERVAL,
        batch=batch,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=None,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )


def run_worker(batch: bool = False) -> None:
    """Run jobs as they are queued, until stopped (Ctrl+C or SIGTERM finish the current
    job's report first); with ``batch``, until none is waiting."""
    worker = db_worker(batch)
    worker.configure_signals()
    worker.run()
