"""One review document (.docx) per unit of a plan, in a zip file, as a job: each unit's
review is the core's (:func:`chitieu.reports.unitreview.build_unit_review`, the plan's
review with the unit in the place of its area, through the same evaluation, each measure
the unit holds a share of judged against its share as on the target page), written a
slice of units at a time so that the progress moves and a cancellation is noticed after
each document (docs/web.md#background-work).

The zip is written to a temporary file renamed at the end: a failure or a cancellation
leaves no file. A unit with no figure known for the period has no document.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from django.urls import reverse

from chitieu.problems import InputError, Problem
from chitieu.reports import ReportError, filename, render
from chitieu.reports.unitreview import build_unit_review
from chitieu.web.dashboard.unitscreen import shares_of, unit_names
from chitieu.web.figures.reading import unit_codes, unit_figures
from chitieu.web.jobs.evaluating import results_dir
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, told_by
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan

SLICE = 50  # units whose figures are read at once

# Told how many units are done, of how many (0 of n before the first).
Told = Callable[[int, int], None]


def reviews_path(job: Job) -> Path:
    """Where a job's zip is kept (outside the job's folder, which its end removes)."""
    return results_dir() / f"{job.pk}.zip"


def write_unit_reviews(
    plan: Plan, path: Path, period: str, as_of: date | None, lang: str, told: Told
) -> tuple[int, int]:
    """Write one review per unit into the zip ``path``; how many written, and skipped.

    ``told`` is called before the first unit and after each one; whatever it raises (a
    cancellation) stops the work with no file written.
    """
    core = core_plan(plan)
    codes = unit_codes(plan)
    names = unit_names(codes)
    shares = shares_of(plan, [m.id for m in core.metrics()])
    told(0, len(codes))
    written = skipped = 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for start in range(0, len(codes), SLICE):
                some = codes[start : start + SLICE]
                figures = unit_figures(plan, some)
                for code in some:
                    try:
                        review = build_unit_review(
                            core,
                            code,
                            names.get(code, code),
                            figures,
                            period,
                            shares,
                            as_of=as_of,
                            lang=lang,
                        )
                    except ReportError:  # no figure of this unit known for the period
                        skipped += 1
                    else:
                        z.writestr(f"{code}-{filename(review, 'docx')}", render(review, "docx"))
                        written += 1
                    told(written + skipped, len(codes))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return written, skipped


def run_unit_reviews(job: Job, progress: Progress) -> None:
    if job.plan is None:  # removed while the job waited
        raise InputError([Problem(job.title, "plan.gone")])
    told = told_by(progress, "writing_reviews")  # a cancellation heeded after each document
    options = job.options
    as_of = date.fromisoformat(options["as_of"]) if options.get("as_of") else None
    path = reviews_path(job)
    written, skipped = write_unit_reviews(
        job.plan, path, options["period"], as_of, options["lang"], told
    )
    job.options = {**options, "written": written, "skipped": skipped}
    job.result_url = reverse("jobs:reviews", kwargs={"pk": job.pk})
