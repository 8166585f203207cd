"""Figures in and out of the database: entry, the report workflow, import and export.

Every function that changes data runs in one transaction and records who did what, so
a failed check saves nothing and every saved change is attributable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period
from chitieu.problems import InputError
from chitieu.targets.model import Plan as CorePlan
from chitieu.vnnumbers import format_date, format_vi, with_places
from chitieu.web import commons
from chitieu.web.figures.checks import ENTRY_STAGES as ENTRY_STAGES  # re-exported
from chitieu.web.figures.checks import (
    TEXT_MAX_LENGTH,
    Entry,
    clean_text,
    places_of,
    report_date_problems,
    too_long,
)
from chitieu.web.figures.checks import RawEntry as RawEntry  # re-exported
from chitieu.web.figures.checks import check_entries as check_entries  # re-exported
from chitieu.web.figures.checks import stage_label as stage_label  # re-exported
from chitieu.web.figures.errors import (
    Conflict,
    ConflictError,
    EntryError,
    EntryProblem,
    NotAllowed,
    Place,
    Stored,
    Unconfirmed,
)
from chitieu.web.figures.models import FigureRecord, Submission, SubmissionStatus
from chitieu.web.figures.plausible import doubts
from chitieu.web.figures.writing import BLIND_WRITE as BLIND_WRITE  # re-exported
from chitieu.web.figures.writing import Drafted, changes, new_value, write
from chitieu.web.people.access import can_approve_for, can_report_for, figures_for_all
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency, NotificationKind
from chitieu.web.people.notify import report_event
from chitieu.web.plans.convert import save_plan
from chitieu.web.plans.models import Plan
from chitieu.web.units.checks import figure_unit_problems

# ---------------------------------------------------------------- the workflow


def current_submission(plan: Plan, agency: Agency, period: Period) -> Submission | None:
    """The latest revision of the agency's report for the period, if any."""
    return (
        Submission.objects.filter(plan=plan, agency=agency, period=str(period))
        .order_by("-revision")
        .first()
    )


def _lock(sub: Submission) -> Submission:
    """Re-read the report under a row lock, so two approvers cannot both decide it."""
    return Submission.objects.select_for_update().get(pk=sub.pk)


@transaction.atomic
def save_entries(
    user: Any,
    plan: Plan,
    agency: Agency,
    period: Period,
    rows: Sequence[RawEntry],
    as_of: date | None = None,
) -> Submission:
    """Check and save values into the agency's open report (creating it if needed).

    A value already in the open draft is changed in place, with the old and new value
    recorded; a value left empty removes the draft figure, recorded too. A submitted or
    approved report cannot be changed (a correction is a new revision, see
    :func:`start_correction`). A value given with the version of the draft figure its
    writer read is refused (:class:`ConflictError`, nothing saved) when someone else has
    changed that figure since. A new or changed value with plausibility warnings its
    writer has not confirmed is refused (:class:`Unconfirmed`, nothing saved). A value
    whose vintage (stage and date) another figure has is refused (:class:`EntryError`).
    """
    if not can_report_for(user, agency):
        raise NotAllowed
    as_of = as_of or commons.today()
    entries = check_entries(plan, agency, period, rows, as_of)
    dated = report_date_problems(as_of, period)
    if dated:
        raise EntryError(dated)
    sub = _open_draft(user, plan, agency, period)
    # Read under the report's lock: a writer who got here first has committed.
    drafted = {(f.measure_id, f.unit_code): f for f in sub.figures.select_related("entered_by")}
    pairs = [(e, drafted.get((e.measure.pk, e.unit_code))) for e in entries]
    _refuse_what_cannot_be_saved(plan, period, sub, pairs, as_of)
    write(user, sub, pairs, as_of)
    if sub.status == SubmissionStatus.RETURNED:
        sub.status = SubmissionStatus.DRAFT
        sub.save(update_fields=["status"])
    return sub


@dataclass(frozen=True)
class Saved:
    """What an upload saved: the draft it went into, and how many figures that holds."""

    report: Submission
    figures: int


def save_upload(
    user: Any,
    plan: Plan,
    agency: Agency,
    period: Period,
    rows: Sequence[RawEntry],
    as_of: date | None = None,
    *,
    confirmed: bool = False,
) -> Saved:
    """Check and save rows already read from a file (an uploaded template) into the
    agency's draft, all or nothing, in a number of statements that does not grow with
    the rows (:mod:`chitieu.web.figures.writing`). ``confirmed``: the writer confirmed the
    warnings shown for this very file. Needs no request, so a background task can run it;
    raises what :func:`save_entries` raises."""
    if confirmed:
        rows = [replace(r, confirmed=True) for r in rows]
    with transaction.atomic():
        sub = save_entries(user, plan, agency, period, rows, as_of)
        return Saved(sub, sub.figures.count())


def _refuse_what_cannot_be_saved(
    plan: Plan, period: Period, sub: Submission, pairs: Drafted, as_of: date
) -> None:
    """Raise, before anything is written, on a value someone changed since its writer read
    it, then on plausibility warnings not confirmed, then on a vintage already taken."""
    conflicts = [c for e, current in pairs if (c := conflict(current, e, as_of)) is not None]
    if conflicts:
        raise ConflictError(conflicts)
    # A value kept as it was stored was confirmed (or needed no confirming) when saved.
    changed = [e for e, current in pairs if new_value(current, e)]
    unconfirmed = doubts(plan, period, changed)
    if unconfirmed:
        raise Unconfirmed(unconfirmed)
    taken = _taken_vintages(sub, pairs, as_of)
    if taken:
        raise EntryError(taken)


def _open_draft(user: Any, plan: Plan, agency: Agency, period: Period) -> Submission:
    """The agency's editable report for the period, locked; opened if there is none."""
    sub = current_submission(plan, agency, period)
    if sub is None:
        try:
            with transaction.atomic():  # a savepoint: another writer may open it at once
                sub = Submission.objects.create(
                    plan=plan, agency=agency, period=str(period), created_by=user
                )
        except IntegrityError:  # they did: write into theirs
            sub = current_submission(plan, agency, period)
            assert sub is not None
        else:
            record(user, "create", sub, plan=plan)
    sub = _lock(sub)
    if not sub.is_editable:
        message = _("this report is %(status)s and can no longer be changed") % {
            "status": sub.get_status_display()
        }
        raise EntryError([EntryProblem(Place(), message)])
    return sub


def conflict(current: FigureRecord | None, e: Entry, as_of: date) -> Conflict | None:
    """The refusal of a value whose draft figure changed after its writer read it.

    None when the writer gave no version, saw the figure's current version, or would
    change nothing (two people typing the same value do not clash).
    """
    seen = current.version if current is not None else 0
    if e.version is None or current is None or e.version == seen:
        return None
    if not changes(current, e, as_of):
        return None
    stored = Stored(
        value=format(with_places(current.value, current.places), "f"),
        stage=current.stage,
        note=current.note,
        version=current.version,
        by=person(current.entered_by),
        at=current.changed_at,
    )
    at = timezone.localtime(current.changed_at)
    parts = {
        "who": stored.by,
        "value": format_vi(with_places(current.value, current.places)),
        "stage": stage_label(current.stage),
        "time": f"{at:%H:%M} {format_date(at.date())}",
    }
    if e.value is None:
        message = (
            _(
                "%(who)s changed this value to %(value)s (%(stage)s) at %(time)s, after you read "
                "it; it was not removed: check it, and empty the field again to remove it"
            )
            % parts
        )
    else:
        message = _(
            "%(who)s changed this value to %(value)s (%(stage)s) at %(time)s, after you read "
            "it; your value %(yours)s was not saved: check it and save again"
        ) % (parts | {"yours": format_vi(e.value)})
    return Conflict(e.place or Place(field=e.measure.name), message, stored=stored)


def person(user: Any) -> str:
    """A user as messages name them: their full name, else their user name."""
    if user is None:
        return "–"
    return str(user.get_full_name() or user.get_username())


def _taken_vintages(sub: Submission, pairs: Drafted, as_of: date) -> list[EntryProblem]:
    """The refusal of each value whose vintage (stage and date) another figure already has,
    found in one query for all the values given."""
    given = [(e, current) for e, current in pairs if e.value is not None and e.stage is not None]
    if not given:
        return []
    rows = FigureRecord.objects.filter(
        measure_id__in={e.measure.pk for e, _c in given},
        unit_code__in={e.unit_code for e, _c in given},
        period=sub.period,
        stage__in={e.stage.value for e, _c in given if e.stage is not None},
        as_of=as_of,
    ).values_list("pk", "measure_id", "unit_code", "stage")
    holders: dict[tuple[int, str, str], set[int]] = {}
    for pk, measure_id, unit_code, stage in rows:
        holders.setdefault((measure_id, unit_code, stage), set()).add(pk)
    problems = []
    for e, current in given:
        assert e.stage is not None
        others = holders.get((e.measure.pk, e.unit_code, e.stage.value), set())
        if others - {current.pk if current else None}:
            problems.append(_vintage_taken(sub, e, e.stage, as_of))
    return problems


def _vintage_taken(sub: Submission, e: Entry, stage: Stage, as_of: date) -> EntryProblem:
    """The refusal of a value whose vintage another figure already has."""
    message = _(
        "a %(stage)s figure of %(m)s for %(p)s dated %(d)s already exists; "
        "a revision needs a later date or a later stage"
    ) % {
        "stage": stage_label(stage),
        "m": e.measure.name,
        "p": sub.period,
        "d": format_date(as_of),
    }
    return EntryProblem(e.place or Place(field=e.measure.key), message)


@transaction.atomic
def submit(user: Any, sub: Submission) -> Submission:
    if not can_report_for(user, sub.agency):
        raise NotAllowed
    sub = _lock(sub)
    if not sub.is_editable:
        raise EntryError([EntryProblem(Place(), _("only a draft can be submitted"))])
    if not sub.figures.exists():
        raise EntryError([EntryProblem(Place(), _("the report has no figures yet"))])
    old = sub.status
    sub.status = SubmissionStatus.SUBMITTED
    sub.submitted_by = user
    sub.submitted_at = timezone.now()
    sub.save()
    record(user, "submit", sub, plan=sub.plan, field="status", old=old, new=sub.status)
    report_event(NotificationKind.SUBMITTED, sub, user)
    return sub


@transaction.atomic
def approve(user: Any, sub: Submission) -> Submission:
    """Approve a submitted report: its figures count from now on, and it is locked."""
    if not can_approve_for(user, sub.agency):
        raise NotAllowed
    sub = _lock(sub)
    if sub.status != SubmissionStatus.SUBMITTED:
        raise EntryError([EntryProblem(Place(), _("only a submitted report can be approved"))])
    now = timezone.now()
    sub.status = SubmissionStatus.APPROVED
    sub.decided_by = user
    sub.decided_at = now
    sub.save()
    sub.figures.update(approved_by=user, approved_at=now)
    record(user, "approve", sub, plan=sub.plan, field="status", old="submitted", new=sub.status)
    report_event(NotificationKind.APPROVED, sub, user)
    sub.plan.touch()
    return sub


@transaction.atomic
def return_submission(user: Any, sub: Submission, comment: str) -> Submission:
    """Send a submitted report back to its agency with a comment."""
    if not can_approve_for(user, sub.agency):
        raise NotAllowed
    comment = _given_text(comment, "comment", _("say why the report is returned"))
    sub = _lock(sub)
    if sub.status != SubmissionStatus.SUBMITTED:
        raise EntryError([EntryProblem(Place(), _("only a submitted report can be returned"))])
    sub.status = SubmissionStatus.RETURNED
    sub.comment = comment
    sub.decided_by = user
    sub.decided_at = timezone.now()
    sub.save()
    record(
        user,
        "return",
        sub,
        plan=sub.plan,
        field="status",
        old="submitted",
        new=sub.status,
        comment=sub.comment,
    )
    report_event(NotificationKind.RETURNED, sub, user)
    return sub


@transaction.atomic
def start_correction(
    user: Any, plan: Plan, agency: Agency, period: Period, reason: str
) -> Submission:
    """Open a new revision of an approved report; its figures will be new vintages."""
    if not can_report_for(user, agency):
        raise NotAllowed
    reason = _given_text(reason, "reason", _("give the reason for the correction"))
    last = current_submission(plan, agency, period)
    if last is None or last.status != SubmissionStatus.APPROVED:
        raise EntryError(
            [EntryProblem(Place(), _("only an approved report is corrected; edit the draft"))]
        )
    revision = (
        Submission.objects.filter(plan=plan, agency=agency, period=str(period)).aggregate(
            Max("revision")
        )["revision__max"]
        + 1
    )
    sub = Submission.objects.create(
        plan=plan,
        agency=agency,
        period=str(period),
        revision=revision,
        reason=reason,
        created_by=user,
    )
    record(user, "correct", sub, plan=plan, comment=sub.reason)
    return sub


def _given_text(text: str, field: str, missing: str) -> str:
    """A required reason or comment, cleaned; refused when empty or too long."""
    text = clean_text(text)
    if not text:
        raise EntryError([EntryProblem(Place(field=field), missing)])
    if len(text) > TEXT_MAX_LENGTH:
        what = _("the reason") if field == "reason" else _("the comment")
        raise EntryError([EntryProblem(Place(field=field), too_long(what, text))])
    return text


# ---------------------------------------------------------------- reading for the core


def approved_figures(plan: Plan) -> list[Figure]:
    """Every approved vintage of the plan's figures, as core figures."""
    keys = dict(plan.measures.values_list("pk", "key"))
    rows = figures_for_all(plan).order_by("pk")
    return [r.to_core(keys[r.measure_id]) for r in rows]


# ---------------------------------------------------------------- import and export


@transaction.atomic
def import_plan(
    user: Any, core: CorePlan, figures: Sequence[Figure], existing: Plan | None = None
) -> Plan:
    """Store a plan and its figures (already checked by the core's readers), all or nothing.

    Imported figures are approved by the importer: they come from official files.
    A figure that is already stored (same measure, unit, period, stage and date) is
    kept as it is, so importing the same files twice changes nothing.
    """
    problems = figure_unit_problems(list(figures))
    if problems:  # a figure for a unit that did not exist on its date: store nothing
        raise InputError(problems)
    plan = save_plan(core, existing)
    record(user, "import", plan, plan=plan, comment=f"{len(figures)} figures")
    measures = {m.key: m for m in plan.measures.all()}
    have = set(
        FigureRecord.objects.filter(plan=plan).values_list(
            "measure__key", "unit_code", "period", "stage", "as_of"
        )
    )
    now = timezone.now()
    new = [
        FigureRecord(
            plan=plan,
            measure=measures[f.metric],
            unit_code=f.unit_code,
            period=str(f.period),
            value=f.value,
            places=places_of(f.value),
            stage=f.stage.value,
            as_of=f.as_of,
            source=clean_text(f.source),  # a NUL byte read from a file stops PostgreSQL
            note=clean_text(f.note),
            origin=f.origin,
            entered_by=user if getattr(user, "is_authenticated", False) else None,
            approved_by=user if getattr(user, "is_authenticated", False) else None,
            approved_at=now,
        )
        for f in figures
        if (f.metric, f.unit_code, str(f.period), f.stage.value, f.as_of) not in have
    ]
    FigureRecord.objects.bulk_create(new, batch_size=1000)
    plan.touch()
    return plan
