"""A job's page: its progress bar (polled with htmx), Cancel, and what came of it (a
link, or the file it wrote)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from chitieu.web.jobs.evaluating import result_path
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.steps import step_label
from chitieu.web.jobs.stored import problem_from
from chitieu.web.jobs.unitreviews import reviews_path
from chitieu.web.people.access import visible_jobs
from chitieu.web.problems import shown


def _job(request: HttpRequest, pk: str) -> Job:
    return get_object_or_404(visible_jobs(request.user), pk=pk)


def _context(job: Job) -> dict[str, Any]:
    return {
        "job": job,
        "step": step_label(job.step),
        "problems": shown([problem_from(p) for p in job.problems]),
    }


@login_required
@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    return render(request, "jobs/list.html", {"jobs": visible_jobs(request.user)[:50]})


@login_required
@require_GET
def job_view(request: HttpRequest, pk: str) -> HttpResponse:
    return render(request, "jobs/job.html", _context(_job(request, pk)))


@login_required
@require_GET
def progress_view(request: HttpRequest, pk: str) -> HttpResponse:
    """The progress fragment the page polls; once the job is over it stops polling."""
    return _fragment(request, _job(request, pk))


def _fragment(request: HttpRequest, job: Job) -> HttpResponse:
    return render(request, "jobs/_progress.html", _context(job))


@login_required
@require_POST
def cancel_view(request: HttpRequest, pk: str) -> HttpResponse:
    """Ask the job to stop: it stops at its next report, having stored nothing."""
    job = _job(request, pk)
    # a job still waiting for the worker is cancelled at once; a running one at its next report
    Job.objects.filter(pk=job.pk, state=Job.State.QUEUED).update(state=Job.State.CANCELLED)
    Job.objects.filter(pk=job.pk).exclude(state__in=Job.FINISHED).update(cancel_requested=True)
    if request.headers.get("HX-Request"):
        return _fragment(request, _job(request, pk))
    return redirect(job)


def _written(request: HttpRequest, pk: str, kind: str, path_of: Any) -> tuple[Job, Path]:
    """A job of ``kind`` that is done, and the file it wrote; 404 otherwise."""
    job = _job(request, pk)
    path = path_of(job)
    if job.kind != kind or job.state != Job.State.DONE or not path.is_file():
        raise Http404
    return job, path


@login_required
@require_GET
def result_view(request: HttpRequest, pk: str) -> FileResponse:
    """The file a job wrote (a re-evaluation's CSV), for those who see the job."""
    job, path = _written(request, pk, Job.Kind.EVALUATE, result_path)
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{job.title}.units.csv",
        content_type="text/csv; charset=utf-8",
    )


@login_required
@require_GET
def reviews_view(request: HttpRequest, pk: str) -> FileResponse:
    """The zip of one review per unit a job wrote, for those who see the job."""
    job, path = _written(request, pk, Job.Kind.UNIT_REVIEWS, reviews_path)
    slug = job.plan.slug if job.plan is not None else "plan"
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{slug}.reviews.zip",
        content_type="application/zip",
    )
