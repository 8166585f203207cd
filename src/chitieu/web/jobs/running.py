"""Running a job: its progress reported, a cancellation heeded, its end recorded.

A runner (one per kind of job) does its long reading and checking outside any
transaction, telling :class:`Progress` how far it got; each report is committed at once
(so the page sees it) and is where a cancellation is noticed. Its writes come last, in
one transaction: a job that fails or is cancelled has stored nothing.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.dispatch import Signal
from django.utils import timezone

from chitieu.problems import InputError
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.stored import problem_data
from chitieu.web.private import private_dir

log = logging.getLogger(__name__)

# Sent (with ``job``) each time a job's progress is stored: what the page would now see.
progressed = Signal()

# How often, at most, progress within a step is written (a step's start always is).
REPORT_EVERY = 0.5  # seconds
KEEP_PROBLEMS = 200  # a refused file of a million bad rows keeps its first ones


class Cancelled(Exception):
    """The person who started the job asked to stop it."""


class Refused(Exception):
    """The work was refused for reasons the runner kept on the job (an upload's problems
    or warnings, as sentences in ``options``): it failed, and is no unexpected error."""


def folder_of(job: Job) -> Path:
    """Where the job's own folder is in the data dir (for the files it was given)."""
    return Path(settings.DATA_DIR) / "jobs" / str(job.pk)


def job_dir(job: Job) -> Path:
    """The job's own folder, made if need be, readable by the server alone."""
    return private_dir(private_dir(folder_of(job).parent) / folder_of(job).name)


class Progress:
    """How far a job got, written to its row as it goes; raises :class:`Cancelled` at a
    report once the job's owner asked to stop."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self._written = 0.0

    def step(self, code: str, total: int = 0) -> None:
        self.job.step, self.job.done, self.job.total = code, 0, total
        self._write()

    def at(self, done: int) -> None:
        self.job.done = min(done, self.job.total) if self.job.total else done
        if time.monotonic() - self._written >= REPORT_EVERY:
            self._write()

    def check(self) -> None:
        """Stop here if a cancellation was asked for."""
        if Job.objects.filter(pk=self.job.pk, cancel_requested=True).exists():
            raise Cancelled

    def _write(self) -> None:
        Job.objects.filter(pk=self.job.pk).update(
            step=self.job.step, done=self.job.done, total=self.job.total
        )
        self._written = time.monotonic()
        progressed.send(Progress, job=self.job)
        self.check()


def told_by(progress: Progress, step: str) -> Callable[[int, int], None]:
    """A ``told(done, total)`` for work counted in items (units): at 0 the step begins
    with its total; after that each call reports and checks for a cancellation, even when
    the report was not written."""

    def told(done: int, total: int) -> None:
        if done == 0:
            progress.step(step, total=total)
        else:
            progress.at(done)
            progress.check()

    return told


def run(job: Job, work: Callable[[Job, Progress], None]) -> None:
    """Run a queued job with ``work`` to its end: done, failed (with its problems) or
    cancelled."""
    if job.finished:
        return
    job.state, job.started_at = Job.State.RUNNING, timezone.now()
    job.save(update_fields=["state", "started_at"])
    progress = Progress(job)
    try:
        progress.check()
        work(job, progress)
    except Cancelled:
        _finish(job, Job.State.CANCELLED)
    except Refused:
        _finish(job, Job.State.FAILED)
    except InputError as exc:
        job.problems = [problem_data(p) for p in exc.problems[:KEEP_PROBLEMS]]
        job.more_problems = max(0, len(exc.problems) - KEEP_PROBLEMS)
        _finish(job, Job.State.FAILED)
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        _finish(job, Job.State.FAILED)
    else:
        _finish(job, Job.State.DONE)


def _finish(job: Job, state: str) -> None:
    job.state, job.finished_at = state, timezone.now()
    if state == Job.State.DONE and job.total:
        job.done = job.total
    job.save()
    shutil.rmtree(folder_of(job), ignore_errors=True)  # the uploaded files: read, or not needed
