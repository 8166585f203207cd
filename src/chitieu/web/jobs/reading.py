"""Reading a long resolution as a job: the reader runs in its child process while the
page shows the job, which can be cancelled; the proposal is kept as a draft to review."""

from __future__ import annotations

from django.urls import reverse

from chitieu.problems import InputError, Problem
from chitieu.textread.reader import ReadError, read_resolution_file
from chitieu.web.jobs.imports import background_limits
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, job_dir
from chitieu.web.plans.importing import read_stored
from chitieu.web.plans.services import keep_draft


def run_reading(job: Job, progress: Progress) -> None:
    stored, name = job.options["file"]
    progress.step("reading_text")
    try:
        text, result = read_stored(
            job_dir(job) / stored,
            name,
            read_resolution_file,
            name,
            limits=background_limits(),
            poll=progress.check,
        )
    except ReadError as exc:
        raise InputError([Problem.of(name, exc)]) from None
    draft = keep_draft(job.owner, name, text, result)
    job.result_url = reverse("plans:review", kwargs={"token": draft.token})
