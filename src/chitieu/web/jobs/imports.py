"""A large plan import (plan file and figures file) as a job: the files are read in the
reader's child process, with the line reached shown as it goes, then stored in one
transaction, so a failure or a cancellation leaves nothing (docs/web.md#background-work)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse

from chitieu.problems import InputError, Problem
from chitieu.targets.planfile import load_plan
from chitieu.web.bounded import Limits
from chitieu.web.jobs.counted import lines_read, read_figures_counted
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, job_dir
from chitieu.web.plans.importing import (
    FIGURES_SUFFIXES,
    PLAN_SUFFIXES,
    as_named,
    display_name,
    read_stored,
    store_plan,
)


def background_limits() -> Limits:
    """The reader's limits for a job: longer than a request's, as nobody waits on it."""
    limits: dict[str, int] = settings.CHITIEU_BACKGROUND_PARSE_LIMITS
    return Limits(seconds=limits["seconds"], memory=limits["memory"])


def rows_of(upload: UploadedFile) -> int | None:
    """How many lines a CSV upload has (None for Parquet, whose rows are packed)."""
    if Path(display_name(upload)).suffix.lower() != ".csv":
        return None
    return sum(bytes(chunk).count(b"\n") for chunk in upload.chunks())


def goes_to_background(upload: UploadedFile | None) -> bool:
    """Whether a figures upload is large enough to be imported as a job."""
    if upload is None:
        return False
    rows = rows_of(upload)
    if rows is None:
        return (upload.size or 0) > int(settings.CHITIEU_BACKGROUND_BYTES)
    return rows > int(settings.CHITIEU_BACKGROUND_ROWS)


def run_import(job: Job, progress: Progress) -> None:
    folder = job_dir(job)
    (plan_file, plan_name), (figures_file, figures_name) = (
        job.options["plan"],
        job.options["figures"],
    )
    if Path(plan_name).suffix.lower() not in PLAN_SUFFIXES:
        raise InputError([Problem(plan_name, "plan.file_type")])
    if Path(figures_name).suffix.lower() not in FIGURES_SUFFIXES:
        raise InputError([Problem(figures_name, "figures.file_type")])
    limits = background_limits()
    progress.step("reading_plan")
    core = read_stored(folder / plan_file, plan_name, load_plan, limits=limits, poll=progress.check)
    progress.step("reading_figures", total=job.options["rows"])
    counter = folder / "lines"
    path = folder / figures_file
    figures = read_stored(
        path,
        figures_name,
        read_figures_counted,
        core,
        str(counter),
        limits=limits,
        poll=lambda: progress.at(lines_read(counter)),
    )
    figures = as_named(figures, str(path), figures_name)
    progress.step("saving", total=len(figures))
    # the last moment a cancellation is heeded: the save is one transaction
    with transaction.atomic():
        plan, _ = store_plan(job.owner, core, figures, plan_name, job.options["replace"])
    job.plan = plan
    job.result_url = reverse("plans:edit", kwargs={"slug": plan.slug})
