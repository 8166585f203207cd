"""An Excel upload of many rows as a job (docs/web.md#background-work).

The request reads the file (in the reader's bounded child process, as any upload) and
hands the rows it read to the job, kept as JSON in the job's folder; the job checks them
and saves them into the draft in one transaction (``save_upload``), so a failure or a
cancellation leaves nothing. The problems or the plausibility warnings it meets are kept
on the job as the owner's sentences and shown on its page; warnings come with the box to
confirm them, whose post saves the rows the job read (kept as for a direct upload,
:mod:`chitieu.web.figures.kept`) without the file.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation

from chitieu.figures.periods import parse_period
from chitieu.problems import InputError, Problem
from chitieu.web.figures import kept
from chitieu.web.figures.errors import EntryError, EntryProblem, Unconfirmed
from chitieu.web.figures.excel import Upload
from chitieu.web.figures.forms import problem_text
from chitieu.web.figures.services import save_upload
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, Refused, job_dir
from chitieu.web.people.models import Agency
from chitieu.web.people.notify import language_of
from chitieu.web.plans.models import Plan

ROWS = "rows.json"  # the rows the request read, in the job's folder
SHOWN = 100  # problems or warnings kept on the job: the first ones, and how many more


def keep_rows(job: Job, upload: Upload) -> bool:
    """Give the job the rows read from the file; False when they cannot be kept as JSON."""
    return kept.write_rows(job_dir(job) / ROWS, upload)


def _texts(job: Job, key: str, problems: list[EntryProblem]) -> None:
    job.options = {
        **job.options,
        key: [problem_text(p) for p in problems[:SHOWN]],
        "more": max(0, len(problems) - SHOWN),
    }


def plan_and_agency(job: Job) -> tuple[Plan, Agency]:
    """The plan and agency a job saves into; refused if either was removed meanwhile."""
    plan = Plan.objects.filter(pk=job.options["plan"]).first()
    agency = Agency.objects.filter(pk=job.options["agency"]).first()
    if plan is None or agency is None:  # removed while the job waited
        raise InputError([Problem(job.title, "plan.gone")])
    return plan, agency


def run_upload(job: Job, progress: Progress) -> None:
    options: dict[str, Any] = job.options
    plan, agency = plan_and_agency(job)
    period = parse_period(options["period"])
    rows = kept.read_rows((job_dir(job) / ROWS).read_text(encoding="utf-8"))
    progress.step("saving_upload", total=len(rows.rows))
    with translation.override(language_of(job.owner)):
        try:
            saved = save_upload(
                job.owner,
                plan,
                agency,
                period,
                rows.rows,
                rows.as_of,
                confirmed=options["confirmed"],
            )
        except Unconfirmed as e:
            kept.keep(job.owner, plan, agency, period, options["digest"], rows)
            _texts(job, "warnings", e.problems)
            raise Refused from None
        except EntryError as e:
            _texts(job, "errors", e.problems)
            raise Refused from None
    job.options = {**options, "saved": saved.figures}
    job.result_url = options["entry_url"]
