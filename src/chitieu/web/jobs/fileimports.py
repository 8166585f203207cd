"""A large import of a department's sheet or another system's file (DHIS2, SDMX-CSV) as
a job (docs/web.md#background-work).

The page previewed the file in the request; the job gets the mapping and reads the file
where the mapping step keeps it (a day), again in the reader's bounded child (with the
job's longer limits, a cancellation heeded while it reads), then saves every period's
report in one transaction through the same path as a direct save
(:func:`chitieu.web.figures.sheetimport.save`), so a failure or a cancellation leaves
nothing. Problems or plausibility warnings are kept on the job as the owner's
sentences; warnings come with the box to confirm them, whose post starts the job again
on the same file with them confirmed.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import translation

from chitieu.exchange.mapping import mapping_from_data
from chitieu.problems import InputError, Problem
from chitieu.web.figures import sheetimport
from chitieu.web.figures.forms import problem_text
from chitieu.web.jobs.imports import background_limits
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, Refused
from chitieu.web.jobs.uploads import plan_and_agency
from chitieu.web.people.notify import language_of

SHOWN = 100  # problems or warnings kept on the job: the first ones, and how many more


def _texts(job: Job, key: str, texts: list[str]) -> None:
    job.options = {**job.options, key: texts[:SHOWN], "more": max(0, len(texts) - SHOWN)}


def run_file_import(job: Job, progress: Progress) -> None:
    options: dict[str, Any] = job.options
    plan, agency = plan_and_agency(job)
    path = sheetimport.kept_path(options["file"])
    if path is None:  # kept a day: a job waiting longer has lost it
        raise InputError([Problem(job.title, "upload.gone")])
    mapping = mapping_from_data(options["mapping"])
    kind = options["kind"]
    progress.step("reading_file")
    with translation.override(language_of(job.owner)):
        try:
            shown = sheetimport.preview(
                path, plan, mapping, kind, limits=background_limits(), poll=progress.check
            )
        except sheetimport.Refused as no:
            _texts(job, "errors", no.texts)
            raise Refused from None
        if shown.problems:
            _texts(job, "errors", [sheetimport.problem_text(p) for p in shown.problems])
            raise Refused
        # the last moment a cancellation is heeded: the save is one transaction
        progress.step("saving_file", total=len(shown.figures))
        try:
            periods = sheetimport.save(
                job.owner,
                plan,
                agency,
                shown,
                mapping,
                options["confirmed"],
                kind == sheetimport.KIND,
            )
        except sheetimport.Refusal as no:
            key, found = ("errors", no.problems) if no.problems else ("warnings", no.warnings)
            _texts(job, key, [problem_text(p) for p in found])
            raise Refused from None
    job.options = {**job.options, "saved": len(shown.figures)}
    job.result_url = reverse("figures:entry", args=[plan.slug, agency.code, periods[0]])
