"""The one task django-tasks runs: a job, by its id, done by its kind's runner."""

from __future__ import annotations

from collections.abc import Callable

from django_tasks import task

from chitieu.web.jobs.evaluating import run_evaluation
from chitieu.web.jobs.fileimports import run_file_import
from chitieu.web.jobs.imports import run_import
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.reading import run_reading
from chitieu.web.jobs.running import Progress, run
from chitieu.web.jobs.unitreviews import run_unit_reviews
from chitieu.web.jobs.uploads import run_upload

RUNNERS: dict[str, Callable[[Job, Progress], None]] = {
    Job.Kind.IMPORT: run_import,
    Job.Kind.READ: run_reading,
    Job.Kind.EVALUATE: run_evaluation,
    Job.Kind.UPLOAD: run_upload,
    Job.Kind.UNIT_REVIEWS: run_unit_reviews,
    Job.Kind.FILE_IMPORT: run_file_import,
}


@task()
def run_job(job_id: str) -> None:
    job = Job.objects.filter(pk=job_id).first()
    if job is not None:  # a job deleted while it waited has nothing left to do
        run(job, RUNNERS[job.kind])
