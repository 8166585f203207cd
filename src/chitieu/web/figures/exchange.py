"""A plan's approved figures in other systems' formats, and the mappings kept for them.

The files are the core's (:mod:`chitieu.exchange`): DHIS2 data value sets, SDMX-CSV,
SDMX-ML with chitieu's structure, Open SDG data and metadata (a zip). They hold the
approved figures only (:func:`chitieu.web.people.access.figures_for_all`, what every
viewer of the plan sees), and are written once per data version and mapping, like
figures.csv (:func:`chitieu.web.figures.reading.versioned_file`). A mapping is kept as
the core's plain data (``Mapping.to_data()``): the plan's own for DHIS2 and Open SDG, an
agency's for its spreadsheet.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from chitieu.exchange import dhis2, opensdg, sdmx
from chitieu.exchange.mapping import Mapping, load_mapping, mapping_from_data
from chitieu.figures.model import Figure
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan as CorePlan
from chitieu.web.bounded import ChildFailed, OverLimit, run_bounded
from chitieu.web.figures.models import ExchangeMapping
from chitieu.web.figures.reading import versioned_file
from chitieu.web.figures.services import approved_figures
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan
from chitieu.web.problems import said
from chitieu.web.uploads import bounded_problem, parse_limits, size_problem

MAPPING_SUFFIXES = (".yaml", ".yml", ".json")
# name → (content type, the mapping it uses or ""); the file is <plan>.<name>
FORMATS: dict[str, tuple[str, str]] = {
    "dhis2.json": ("application/json", "dhis2"),
    "dhis2.csv": ("text/csv", "dhis2"),
    "sdmx.csv": ("text/csv", ""),
    "sdmx.xml": ("application/xml", ""),
    "structure.xml": ("application/xml", ""),
    "opensdg.zip": ("application/zip", "opensdg"),
}

Writer = Callable[[list[Figure], CorePlan, Mapping, Path], object]


def _opensdg_zip(figures: list[Figure], plan: CorePlan, mapping: Mapping, path: Path) -> None:
    """data/ and meta/ of an Open SDG site, in a zip."""
    folder = Path(tempfile.mkdtemp(dir=path.parent, prefix=".opensdg-"))
    try:
        opensdg.write(figures, plan, mapping, folder)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for file in sorted(folder.rglob("*")):
                if file.is_file():
                    out.write(file, file.relative_to(folder).as_posix())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


WRITERS: dict[str, Writer] = {
    "dhis2.json": lambda f, _p, m, path: dhis2.write_json(f, m, path),
    "dhis2.csv": lambda f, _p, m, path: dhis2.write_csv(f, m, path),
    "sdmx.csv": lambda f, p, _m, path: sdmx.write_csv(f, p, path),
    "sdmx.xml": lambda f, p, _m, path: sdmx.write_ml(f, p, path),
    "structure.xml": lambda _f, p, _m, path: sdmx.write_structure(p, path),
    "opensdg.zip": _opensdg_zip,
}


def stored(plan: Plan, kind: str, agency: Agency | None = None) -> ExchangeMapping | None:
    return ExchangeMapping.objects.filter(plan=plan, agency=agency, kind=kind).first()


def mapping_of(plan: Plan, kind: str, agency: Agency | None = None) -> Mapping:
    """The mapping kept for ``kind`` (checked again: it was checked when kept), else
    chitieu's own codes."""
    kept = stored(plan, kind, agency) if kind else None
    return mapping_from_data(kept.data) if kept is not None else Mapping()


def download(plan: Plan, name: str) -> Path:
    """The plan's file ``name`` (a key of :data:`FORMATS`) for its current data version
    and mapping; :class:`~chitieu.problems.InputError` when a figure cannot be written
    in that format (DHIS2 has no nine-month period)."""
    kind = FORMATS[name][1]
    mapping = mapping_of(plan, kind)
    key = json.dumps(mapping.to_data(), sort_keys=True, ensure_ascii=False)

    def write(tmp: Path) -> None:
        figures = [] if name == "structure.xml" else approved_figures(plan)
        WRITERS[name](figures, core_plan(plan), mapping, tmp)

    return versioned_file(plan, name, write, key)


def keep(
    user: Any, plan: Plan, kind: str, mapping: Mapping, agency: Agency | None = None
) -> ExchangeMapping:
    """Keep ``mapping`` for ``kind`` (in place of the one kept), on the record."""
    data = mapping.to_data()
    found = stored(plan, kind, agency)
    if found is None:
        found = ExchangeMapping.objects.create(
            plan=plan, agency=agency, kind=kind, data=data, changed_by=user
        )
        record(user, "create", found, plan=plan, new=json.dumps(data, ensure_ascii=False))
    elif found.data != data:
        old = json.dumps(found.data, ensure_ascii=False)
        found.data, found.changed_by = data, user
        found.save()
        new = json.dumps(data, ensure_ascii=False)
        record(user, "change", found, plan=plan, field="data", old=old, new=new)
    return found


def read_mapping_upload(file: UploadedFile) -> Mapping:
    """The uploaded mapping file, checked by the core (within the size of a plan file,
    read in a bounded child); :class:`InputError`, or ValueError with the sentence to show."""
    name = Path(file.name or "mapping.yaml").name
    too_large = size_problem(file, "plan", name)
    if too_large is not None:
        raise ValueError(said(too_large))
    suffix = Path(name).suffix.lower()
    if suffix not in MAPPING_SUFFIXES:
        raise ValueError(_("a mapping is a .yaml or .json file"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with path.open("wb") as out:
            for chunk in file.chunks():
                out.write(chunk)
        try:
            return run_bounded(load_mapping, path, limits=parse_limits())
        except (OverLimit, ChildFailed) as exc:
            raise ValueError(said(bounded_problem(exc))) from None
        except InputError as exc:  # named by the file the user sent, not the copy
            raise InputError([_named(p, name) for p in exc.problems]) from None


def _named(p: Problem, name: str) -> Problem:
    return replace(p, file=name)
