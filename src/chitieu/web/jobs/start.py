"""Starting a job from a page: its files kept in its folder, its task queued."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse

from chitieu.problems import InputError, Problem
from chitieu.web import commons
from chitieu.web.jobs.imports import rows_of
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import job_dir
from chitieu.web.jobs.tasks import run_job
from chitieu.web.plans.importing import display_name
from chitieu.web.uploads import size_problem


def start_job(
    kind: str,
    owner: Any,
    title: str,
    files: dict[str, UploadedFile] | None = None,
    for_plan: Any = None,
    **options: Any,
) -> Job:
    """Create the job, keep its files in its folder, and queue it for the worker."""
    job = Job.objects.create(
        kind=kind, owner=owner, title=title[:255], plan=for_plan, options=options
    )
    for name, upload in (files or {}).items():
        with (job_dir(job) / name).open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
    run_job.enqueue(str(job.pk))
    return job


def start_import(
    user: object, plan_upload: UploadedFile, figures_upload: UploadedFile, replace: bool
) -> Job:
    """Queue the import of both files (checked for size first, like a direct import)."""
    for upload, kind in ((plan_upload, "plan"), (figures_upload, "figures")):
        name = display_name(upload)
        too_large = size_problem(upload, kind, name)
        if too_large:
            raise InputError([Problem.of(name, too_large)])
    plan_name, figures_name = display_name(plan_upload), display_name(figures_upload)
    plan_file, figures_file = _stored("plan", plan_name), _stored("figures", figures_name)
    return start_job(
        Job.Kind.IMPORT,
        user,
        f"{plan_name} + {figures_name}",
        files={plan_file: plan_upload, figures_file: figures_upload},
        plan=[plan_file, plan_name],
        figures=[figures_file, figures_name],
        rows=rows_of(figures_upload) or 0,
        replace=replace,
    )


def _stored(stem: str, name: str) -> str:
    """The name an upload is kept under in the job's folder: the readers know a file's
    kind by its suffix, which is all that is kept of the name the browser sent."""
    return stem + re.sub(r"[^\w.]", "", Path(name).suffix.lower(), flags=re.ASCII)


def start_reading(user: object, upload: UploadedFile) -> Job:
    """Queue the reading of a long resolution; the draft opens when it is done."""
    name = display_name(upload)
    stored = _stored("resolution", name)
    return start_job(Job.Kind.READ, user, name, files={stored: upload}, file=[stored, name])


def start_evaluation(user: object, plan: Any) -> Job:
    """Queue the re-evaluation of every unit of ``plan``, as known today."""
    return start_job(
        Job.Kind.EVALUATE, user, plan.slug, for_plan=plan, as_of=commons.today().isoformat()
    )


def start_unit_reviews(user: object, plan: Any, period: str, lang: str) -> Job:
    """Queue the writing of one review per unit of ``plan`` for ``period``, as known
    today, in ``lang``."""
    return start_job(
        Job.Kind.UNIT_REVIEWS,
        user,
        f"{plan.slug} · {period}",
        for_plan=plan,
        period=period,
        lang=lang,
        as_of=commons.today().isoformat(),
    )


def plans_on_units(codes: set[str]) -> list[Any]:
    """The plans that have approved figures of one of the units of ``codes``."""
    from chitieu.web.people.access import approved_figures
    from chitieu.web.plans.models import Plan

    used = approved_figures().filter(unit_code__in=codes).values("plan_id")
    return list(Plan.objects.filter(pk__in=used).order_by("slug"))


def after_units_change(user: object, codes: set[str]) -> list[Any]:
    """What every change to the units registry calls in its transaction, whoever makes it
    (the admin, a reload of the bundled units): the plans with approved figures of one of
    the units of ``codes``, whose re-evaluation is queued once the change commits
    (:func:`reevaluate`), owned by ``user``; by the first administrator when no one is
    logged in (the command line), and queued for no one when there is none. Returns those
    plans."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    plans = plans_on_units(codes) if codes else []
    owner = user if getattr(user, "is_authenticated", False) else None
    if owner is None:
        admins = get_user_model().objects.filter(is_superuser=True, is_active=True)
        owner = admins.order_by("pk").first()
    if plans and owner is not None:
        transaction.on_commit(lambda: reevaluate(owner, plans))
    return plans


def reevaluate(user: object, plans: list[Any]) -> list[Job]:
    """After a change to units these plans report on (a merger, a split, a unit edited),
    queue the re-evaluation of every unit of each; the jobs queued.

    The plans' cached results need no more: a units change bumps every plan's data
    version (figures/apps.py), so each cache makes the next version afresh and drops the
    older (``CHITIEU_CACHE_VERSIONS``). A plan whose re-evaluation is still waiting is not
    queued twice: the one waiting will read the units as they are when it runs.
    """
    waiting = Job.objects.filter(kind=Job.Kind.EVALUATE, state=Job.State.QUEUED)
    queued = set(waiting.values_list("plan_id", flat=True))
    return [start_evaluation(user, plan) for plan in plans if plan.pk not in queued]


def start_upload(
    user: Any, name: str, upload_url: str, entry_url: str, upload: Any, **options: Any
) -> Job | None:
    """Queue the checking and saving of the rows read from an Excel upload (``options``:
    the plan's and agency's pks, the period, the file's ``digest``, ``confirmed``); None
    when its rows cannot be handed to a job (they are then saved in the request)."""
    from chitieu.web.figures.kept import storable
    from chitieu.web.jobs.uploads import keep_rows

    if not storable(upload):
        return None
    job = Job.objects.create(
        kind=Job.Kind.UPLOAD,
        owner=user,
        title=name[:255],
        options={**options, "upload_url": upload_url, "entry_url": entry_url},
    )
    keep_rows(job, upload)
    run_job.enqueue(str(job.pk))
    return job


def start_file_import(
    user: Any,
    plan: Any,
    agency: Any,
    kind: str,
    path: Path,
    mapping: Any,
    confirmed: bool = False,
) -> Job:
    """Queue the reading and saving of the file at ``path``: one the mapping step keeps
    (:mod:`chitieu.web.figures.sheetimport`), read where it is, so that a job refused
    with warnings can be started again on it."""
    from chitieu.web.figures.sheetimport import kept_name

    job = Job.objects.create(
        kind=Job.Kind.FILE_IMPORT,
        owner=user,
        plan=plan,
        title=f"{agency.code} · {path.name}"[:255],
        options={
            "plan": plan.pk,
            "agency": agency.pk,
            "kind": kind,
            "file": kept_name(path),
            "mapping": mapping.to_data(),
            "confirmed": confirmed,
        },
    )
    job.options["upload_url"] = reverse("figures:file_job_confirm", args=[job.pk])
    job.save(update_fields=["options"])
    run_job.enqueue(str(job.pk))
    return job


def again_confirmed(job: Job) -> Job | None:
    """The same import started again, its warnings confirmed by its owner; None when
    its file is no longer kept."""
    from chitieu.exchange.mapping import mapping_from_data
    from chitieu.web.figures.sheetimport import kept_path
    from chitieu.web.people.models import Agency
    from chitieu.web.plans.models import Plan

    plan = Plan.objects.get(pk=job.options["plan"])
    agency = Agency.objects.get(pk=job.options["agency"])
    path = kept_path(job.options["file"])
    if path is None:
        return None
    mapping = mapping_from_data(job.options["mapping"])
    return start_file_import(job.owner, plan, agency, job.options["kind"], path, mapping, True)
