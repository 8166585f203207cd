"""A department's own spreadsheet (or another system's file: a DHIS2 data value set,
SDMX-CSV) into its reports, through a mapping step.

The file is kept in the private uploads folder (one folder per upload, named by a random
token, with who sent it for which plan and agency) while the person maps it; it is read
in a bounded child (:mod:`chitieu.web.bounded`) by the core (:mod:`chitieu.exchange.
sheetguess` for a first look and a proposed mapping, :func:`chitieu.exchange.sheets.
preview` for the records and every problem by cell). Saving goes through the entry path
(:func:`chitieu.web.figures.services.save_upload`), one report per period, all in one
transaction: the figures become drafts, checked for plausibility and approved as those of
an Excel template are. A sheet's mapping is then kept for the agency and plan. A file
of more than ``CHITIEU_BACKGROUND_UPLOAD_ROWS`` figures is saved by a background job
(:mod:`chitieu.web.jobs.fileimports`), which reads it again and saves it the same way.
"""

from __future__ import annotations

import json
import secrets
import shutil
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from chitieu.exchange import dhis2, sdmx, sheetguess, sheets
from chitieu.exchange.mapping import Mapping, mapping_from_data
from chitieu.exchange.rows import Preview, Raw
from chitieu.figures.model import Figure
from chitieu.problems import InputError, Problem
from chitieu.web.bounded import ChildFailed, Limits, OverLimit, run_bounded
from chitieu.web.figures.checks import RawEntry, check_period
from chitieu.web.figures.errors import EntryError, EntryProblem, Place, Unconfirmed
from chitieu.web.figures.exchange import keep, stored
from chitieu.web.figures.forms import core_problem_text
from chitieu.web.figures.models import ExchangeMapping
from chitieu.web.figures.services import save_upload
from chitieu.web.people.models import Agency
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan
from chitieu.web.private import private_dir
from chitieu.web.problems import said
from chitieu.web.uploads import bounded_problem, parse_limits, size_problem
from chitieu.workbooks import column_letters

KIND = "sheet"
# each kind of file: the core's reader, the names it may have, its size limit's kind
READERS: dict[str, Callable[..., Preview]] = {
    KIND: sheets.preview,
    "dhis2": dhis2.preview,
    "sdmx-csv": sdmx.preview_csv,
}
SUFFIXES = {KIND: sheets.EXTENSIONS, "dhis2": (".json", ".csv"), "sdmx-csv": (".csv",)}
SIZES = {KIND: "workbook", "dhis2": "figures", "sdmx-csv": "figures"}
KEPT_FOR = 24 * 3600  # seconds an upload waits for its mapping before it is removed


class Refused(Exception):
    """The file cannot be read at all: the sentences to show."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__("; ".join(texts))
        self.texts = texts


def _root() -> Path:
    return private_dir(private_dir(Path(settings.UPLOADS_DIR)) / "sheets")


def _forget_old(root: Path) -> None:
    now = time.time()
    for folder in root.iterdir():
        if folder.is_dir() and now - folder.stat().st_mtime > KEPT_FOR:
            shutil.rmtree(folder, ignore_errors=True)


def store(
    file: UploadedFile,
    user: Any,
    plan: Plan,
    agency: Agency,
    kind: str = KIND,
    mapping: Mapping | None = None,
) -> str:
    """Keep the uploaded file (of ``kind``, with the ``mapping`` it is read with, if
    already known) for its mapping step or preview; its token."""
    name = Path(file.name or "").name
    if Path(name).suffix.lower() not in SUFFIXES[kind]:
        if kind == KIND:
            raise Refused([_("choose an .xlsx, .xlsm or .csv file")])
        raise Refused([_("choose a %(suffixes)s file") % {"suffixes": " / ".join(SUFFIXES[kind])}])
    too_large = size_problem(file, SIZES[kind], name)
    if too_large is not None:
        raise Refused([said(too_large)])
    root = _root()
    _forget_old(root)
    token = secrets.token_urlsafe(16)
    folder = private_dir(root / token)
    with (folder / name).open("wb") as out:
        for chunk in file.chunks():
            out.write(chunk)
    owner = {"user": user.pk, "plan": plan.pk, "agency": agency.pk, "name": name, "kind": kind}
    owner["mapping"] = mapping.to_data() if mapping is not None else None
    (folder / "owner.json").write_text(json.dumps(owner), encoding="utf-8")
    return token


def stored_file(token: str, user: Any, plan: Plan, agency: Agency, kind: str = KIND) -> Path | None:
    """The file of ``kind`` kept under ``token`` by this user for this plan and agency,
    else None."""
    if not token.replace("-", "").replace("_", "").isalnum():
        return None
    folder = _root() / token
    try:
        owner = json.loads((folder / "owner.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    ours = (user.pk, plan.pk, agency.pk, kind)
    if (owner["user"], owner["plan"], owner["agency"], owner.get("kind", KIND)) != ours:
        return None
    return folder / str(owner["name"])


def kept_name(path: Path) -> str:
    """How a job names the file kept at ``path`` (its token and name)."""
    return path.relative_to(_root()).as_posix()


def kept_path(name: str) -> Path | None:
    """The file a job named :func:`kept_name`, if it is still kept."""
    token, _sep, file = name.partition("/")
    path = _root() / token / Path(file).name
    return path if token.replace("-", "").replace("_", "").isalnum() and path.is_file() else None


def mapping_kept_with(path: Path) -> Mapping:
    """The mapping :func:`store` kept with the file at ``path`` (checked when kept)."""
    owner = json.loads((path.parent / "owner.json").read_text("utf-8"))
    return mapping_from_data(owner.get("mapping") or {})


def stored_mapping(plan: Plan, agency: Agency) -> ExchangeMapping | None:
    """The mapping kept from the agency's last sheet for this plan."""
    return stored(plan, KIND, agency)


def column_letter(j: int) -> str:
    """A column's letter from its 0-based index (A, B, … AA)."""
    return column_letters(j + 1)


def _bounded(
    func: Any, *args: Any, limits: Limits | None = None, poll: Callable[[], None] | None = None
) -> Any:
    try:
        return run_bounded(func, *args, limits=limits or parse_limits(), poll=poll)
    except (OverLimit, ChildFailed) as exc:
        raise Refused([said(bounded_problem(exc))]) from None
    except InputError as exc:
        raise Refused([problem_text(p) for p in exc.problems]) from None


def glance(path: Path, mapping: Mapping) -> sheetguess.Glance:
    """The file's sheets, first rows and the proposed mapping (read in a bounded child)."""
    found: sheetguess.Glance = _bounded(sheetguess.glance, path, mapping, sheet_cells())
    return found


def preview(
    path: Path,
    plan: Plan,
    mapping: Mapping,
    kind: str = KIND,
    limits: Limits | None = None,
    poll: Callable[[], None] | None = None,
) -> Preview:
    """What the file holds under the mapping, every problem named by its place (a
    sheet's cell, a CSV line, a JSON path), read in a bounded child."""
    more = (sheet_cells(),) if kind == KIND else ()
    found: Preview = _bounded(
        READERS[kind], path, core_plan(plan), mapping, *more, limits=limits, poll=poll
    )
    return found


def sheet_cells() -> int:
    """How many rows × columns a sheet may span (CHITIEU_SHEET_MAX_CELLS)."""
    return int(settings.CHITIEU_SHEET_MAX_CELLS)


def goes_to_background(shown: Preview) -> bool:
    """Whether the figures are many enough to be saved by a job, as an Excel upload's."""
    return len(shown.figures) > int(settings.CHITIEU_BACKGROUND_UPLOAD_ROWS)


def place_of(raw: Raw) -> Place:
    """Where a record's value is, as a page names it: a sheet's cell, a CSV line (its
    row), a JSON path."""
    at = raw.at("value")
    row = raw.place.get("row", raw.place.get("line"))
    return Place(
        sheet=str(at.get("sheet", "")),
        row=row,
        cell=at.get("cell", ""),
        field=str(raw.place.get("path", "")),
    )


def problem_text(p: Problem) -> str:
    """A core problem of the sheet, named by the file the person sent (not the copy)."""
    return core_problem_text(replace(p, file=Path(p.file).name if p.file else ""))


@dataclass
class Refusal(Exception):
    """What stopped the save: problems, or warnings to confirm (nothing was saved)."""

    problems: list[EntryProblem] = field(default_factory=list)
    warnings: list[EntryProblem] = field(default_factory=list)


def _entry(raw: Raw, f: Figure) -> RawEntry:
    place = place_of(raw)
    return RawEntry(
        place=place,
        measure_key=f.metric,
        unit_code=f.unit_code,
        value=f.value,
        stage=f.stage.value,
        note=f.note,
        value_place=place,
    )


def _groups(
    plan: Plan, shown: Preview
) -> tuple[dict[str, list[RawEntry]], dict[str, date], list[EntryProblem]]:
    """The entries by period, each period's report date, and what cannot be a report."""
    entries: dict[str, list[RawEntry]] = defaultdict(list)
    dates: dict[str, set[date]] = defaultdict(set)
    for raw, f in zip(shown.records, shown.figures, strict=True):
        entries[str(f.period)].append(_entry(raw, f))
        dates[str(f.period)].add(f.as_of)
    problems: list[EntryProblem] = []
    for period in entries:
        try:
            check_period(plan, period)
        except EntryError as exc:
            problems += exc.problems
        if len(dates[period]) > 1:
            message = _(
                "the figures of %(period)s have several report dates: one report has one; "
                "import them in separate files"
            ) % {"period": period}
            problems.append(EntryProblem(Place(field="as_of"), message))
    return dict(entries), {p: min(d) for p, d in dates.items()}, problems


def save(
    user: Any,
    plan: Plan,
    agency: Agency,
    shown: Preview,
    mapping: Mapping,
    confirmed: bool,
    remember: bool = True,
) -> list[str]:
    """Save the previewed figures into the agency's reports (one per period), all or
    nothing, and keep the mapping (``remember``: a sheet's); the periods saved.
    :class:`Refusal` otherwise."""
    entries, dates, problems = _groups(plan, shown)
    if problems:
        raise Refusal(problems)
    if not entries:
        raise Refusal([EntryProblem(Place(), _("the sheet has no figures to save"))])
    try:
        with transaction.atomic():
            _save_all(user, plan, agency, entries, dates, confirmed)
            if remember:
                keep(user, plan, KIND, mapping, agency)
    except _Collected as found:
        raise Refusal(found.problems, found.warnings) from None
    return sorted(entries)


class _Collected(Exception):
    def __init__(self, problems: list[EntryProblem], warnings: list[EntryProblem]) -> None:
        super().__init__("refused")
        self.problems, self.warnings = problems, warnings


def _save_all(
    user: Any,
    plan: Plan,
    agency: Agency,
    entries: dict[str, list[RawEntry]],
    dates: dict[str, date],
    confirmed: bool,
) -> None:
    """Every period's report in turn, collecting what each refuses; raising at the end
    (so the transaction is rolled back) if anything was."""
    problems: list[EntryProblem] = []
    warnings: list[EntryProblem] = []
    for period, rows in sorted(entries.items()):
        try:
            checked = check_period(plan, period)
            save_upload(user, plan, agency, checked, rows, dates[period], confirmed=confirmed)
        except Unconfirmed as exc:
            warnings += exc.problems
        except EntryError as exc:
            problems += exc.problems
    if problems or warnings:
        raise _Collected(problems, warnings)
