"""Importing a plan file and its figures file, uploaded through the plans page.

Both files are read and checked by the core's own readers before anything is stored, so
an import is all or nothing, and every problem names the file, the line (or row) and
the field, exactly as ``chitieu plan check`` would.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from django.core.files.uploadedfile import UploadedFile

from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.planfile import load_plan, plan_to_data
from chitieu.web.bounded import ChildFailed, Limits, OverLimit, run_bounded
from chitieu.web.figures.services import import_plan
from chitieu.web.people.access import can_manage_plans
from chitieu.web.plans.models import Plan
from chitieu.web.plans.services import dropped_with_figures
from chitieu.web.uploads import bounded_problem, parse_limits, size_problem

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
FIGURES_SUFFIXES = (".csv", ".parquet")
T = TypeVar("T")


class NotAllowed(Exception):
    """The user may not import plans."""


def display_name(upload: UploadedFile) -> str:
    """The uploaded file's own name, without any folder a browser may send."""
    return Path((upload.name or "upload").replace("\\", "/")).name or "upload"


@contextmanager
def stored(upload: UploadedFile) -> Iterator[Path]:
    """The upload as a file on disk (the core's readers take paths), under its own suffix."""
    name = display_name(upload)
    safe = re.sub(r"[^\w.-]+", "_", name, flags=re.ASCII).lstrip(".") or "upload"
    with tempfile.TemporaryDirectory(prefix="chitieu-upload-") as tmp:
        path = Path(tmp) / safe
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        yield path


def _renamed(problems: list[Problem], path: Path, name: str) -> list[Problem]:
    """Problems naming the temporary file name the uploaded file instead."""
    return [dataclasses.replace(p, file=name) if p.file == str(path) else p for p in problems]


def read_stored(
    path: Path,
    name: str,
    func: Callable[..., T],
    *args: Any,
    limits: Limits | None = None,
    poll: Callable[[], None] | None = None,
) -> T:
    """``func(path, *args)`` in a child process within the parse limits (or ``limits``);
    problems name the file as the user knows it, ``name``."""
    try:
        return run_bounded(func, str(path), *args, limits=limits or parse_limits(), poll=poll)
    except InputError as exc:
        raise InputError(_renamed(exc.problems, path, name)) from None
    except (OverLimit, ChildFailed) as exc:
        raise InputError([Problem.of(name, bounded_problem(exc))]) from None


def _read_bounded(
    upload: UploadedFile, kind: str, func: Callable[..., T], *args: Any
) -> tuple[T, str]:
    """``func(path, *args)`` on the stored upload, in a child process within the parse
    limits, and the path it was stored at; problems name the file as the user knows it."""
    name = display_name(upload)
    too_large = size_problem(upload, kind, name)
    if too_large:
        raise InputError([Problem.of(name, too_large)])
    with stored(upload) as path:
        return read_stored(path, name, func, *args), str(path)


def as_named(figures: list[Figure], path: str, name: str) -> list[Figure]:
    """The figures with their origin naming the file as the user knows it."""
    return [dataclasses.replace(f, origin=f.origin.replace(path, name)) for f in figures]


def read_plan_upload(upload: UploadedFile) -> CorePlan:
    name = display_name(upload)
    if Path(name).suffix.lower() not in PLAN_SUFFIXES:
        raise InputError([Problem(name, "plan.file_type")])
    return _read_bounded(upload, "plan", load_plan)[0]


def read_figures_upload(upload: UploadedFile, core: CorePlan) -> list[Figure]:
    name = display_name(upload)
    if Path(name).suffix.lower() not in FIGURES_SUFFIXES:
        raise InputError([Problem(name, "figures.file_type")])
    figures, path = _read_bounded(upload, "figures", read_figures, core)
    return as_named(figures, path, name)


def import_files(
    user: Any, plan_upload: UploadedFile, figures_upload: UploadedFile | None, replace: bool
) -> tuple[Plan, int, bool]:
    """Check both files, then store the plan and its figures; nothing is stored on error.

    Returns the plan, how many figures the file held, and whether an existing plan was
    replaced. A plan whose identifier is taken replaces it only with ``replace``.
    """
    if not can_manage_plans(user):
        raise NotAllowed
    core = read_plan_upload(plan_upload)
    figures = read_figures_upload(figures_upload, core) if figures_upload else []
    plan, replaced = store_plan(user, core, figures, display_name(plan_upload), replace)
    return plan, len(figures), replaced


def store_plan(
    user: Any, core: CorePlan, figures: list[Figure], name: str, replace: bool
) -> tuple[Plan, bool]:
    """Store a checked plan and its figures, all or nothing, and say whether it replaced
    the plan of the same identifier (only allowed with ``replace``)."""
    existing = Plan.objects.filter(slug=core.id).first()
    if existing is not None and not replace:
        raise InputError([Problem(name, "plan.exists", {"id": core.id}, field="id")])
    if existing is not None:
        kept = dropped_with_figures(existing, plan_to_data(core))
        if kept:
            raise InputError(
                Problem(name, "plan.measure_has_figures", {"key": key, "n": n}, field="id")
                for key, n in sorted(kept.items())
            )
    return import_plan(user, core, figures, existing), existing is not None
