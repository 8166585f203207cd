"""Figures in and out of the database: entry, the report workflow, import and export.

Every function that changes data runs in one transaction and records who did what, so
a failed check saves nothing and every saved change is attributable.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import Period, PeriodError, parse_period
from chitieu.figures.reading import period_start, write_figures_csv
from chitieu.problems import InputError
from chitieu.targets.model import Plan as CorePlan
from chitieu.vnnumbers import (
    NumberFormatError,
    NumberStyle,
    format_date,
    parse_number,
    to_decimal,
)
from chitieu.web.figures.errors import EntryError, EntryProblem, NotAllowed, Place
from chitieu.web.figures.models import FigureRecord, Submission, SubmissionStatus
from chitieu.web.people.access import can_approve_for, can_report_for, figures_for_all
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency, Assignment
from chitieu.web.plans.convert import save_plan
from chitieu.web.plans.models import Measure, Plan
from chitieu.web.units.checks import figure_unit_problems, unit_gone

ENTRY_STAGES = (Stage.ESTIMATE, Stage.PRELIMINARY, Stage.OFFICIAL)


@dataclass(frozen=True)
class RawEntry:
    """A value as typed or read from a cell, before it is checked."""

    place: Place
    measure_key: str
    unit_code: str
    value: object  # text in Vietnamese format, or a number from a spreadsheet
    stage: str = Stage.ESTIMATE.value
    note: str = ""
    value_place: Place | None = None  # where the value itself is, when not at ``place``


@dataclass(frozen=True)
class Entry:
    """A checked value, ready to be saved."""

    measure: Measure
    unit_code: str
    value: Decimal
    stage: Stage
    note: str = ""
    place: Place | None = None  # where it was given, so a later problem can name it


def stage_label(stage: Stage | str) -> str:
    """A stage as people say it: ước, sơ bộ, chính thức (estimate … in the English UI)."""
    labels = {
        Stage.PLAN: pgettext("stage", "plan"),
        Stage.ESTIMATE: pgettext("stage", "estimate"),
        Stage.PRELIMINARY: pgettext("stage", "preliminary"),
        Stage.OFFICIAL: pgettext("stage", "official"),
    }
    return labels[Stage(stage)]


def places_of(value: Decimal) -> int:
    """How many decimals a value was written with ("92,0" → 1)."""
    return max(0, -int(value.as_tuple().exponent))


# ---------------------------------------------------------------- periods


def check_period(plan: Plan, text: str) -> Period:
    """A reporting period of the plan's term, or an :class:`EntryError` naming the field."""
    try:
        period = parse_period(text)
    except PeriodError:
        raise EntryError(
            [EntryProblem(Place(field="period"), _("“%(p)s” is not a period") % {"p": text})]
        ) from None
    if period.is_term or not (plan.start_year <= period.year <= plan.end_year):
        raise EntryError(
            [
                EntryProblem(
                    Place(field="period"),
                    _("period %(p)s is outside the term %(a)d–%(b)d")
                    % {"p": text, "a": plan.start_year, "b": plan.end_year},
                )
            ]
        )
    return period


# ---------------------------------------------------------------- scope and checks


def scope(plan: Plan, agency: Agency) -> QuerySet[Assignment]:
    """What the agency reports in this plan: (measure, unit) pairs."""
    return (
        Assignment.objects.filter(agency=agency, measure__plan=plan)
        .select_related("measure", "measure__target")
        .order_by("measure__target__no", "measure__position", "unit_code")
    )


def parse_value(raw: object) -> Decimal:
    """A number typed the Vietnamese way (1.234,5), or a spreadsheet's number."""
    if isinstance(raw, bool):
        raise NumberFormatError("not a number")
    if isinstance(raw, int | float | Decimal):
        return to_decimal(raw)
    return parse_number(str(raw), NumberStyle.VI)


def check_entries(
    plan: Plan, agency: Agency, period: Period, rows: Sequence[RawEntry]
) -> list[Entry]:
    """Check every row; raise one :class:`EntryError` listing every problem, or return all."""
    allowed = {(a.measure.key, a.unit_code): a.measure for a in scope(plan, agency)}
    plan_keys = set(plan.measures.values_list("key", flat=True))
    problems: list[EntryProblem] = []
    seen: dict[tuple[str, str], Place] = {}
    entries: list[Entry] = []
    for row in rows:
        at = row.value_place or row.place
        key = (row.measure_key, row.unit_code)
        if row.measure_key not in plan_keys:
            problems.append(
                EntryProblem(
                    row.place,
                    _("measure “%(m)s” is not in this plan") % {"m": row.measure_key},
                )
            )
            continue
        measure = allowed.get(key)
        if measure is None:
            problems.append(
                EntryProblem(
                    row.place,
                    _("%(agency)s does not report “%(m)s” for unit %(u)s")
                    % {"agency": agency.name, "m": row.measure_key, "u": row.unit_code},
                )
            )
            continue
        gone = unit_gone(row.unit_code, period)  # a unit merged away or not yet formed
        if gone is not None:
            problems.append(EntryProblem(row.place, gone))
            continue
        if key in seen:
            problems.append(
                EntryProblem(
                    row.place,
                    _("duplicate: “%(m)s” for unit %(u)s is already given at %(first)s")
                    % {"m": row.measure_key, "u": row.unit_code, "first": seen[key]},
                )
            )
            continue
        seen[key] = row.place
        if row.value is None or str(row.value).strip() == "":
            continue  # left empty: nothing to report yet
        try:
            value = parse_value(row.value)
        except (NumberFormatError, ValueError, ArithmeticError):
            problems.append(
                EntryProblem(
                    at,
                    _("“%(v)s” is not a number (write it as 1.234,5)") % {"v": row.value},
                )
            )
            continue
        try:
            stage = Stage(row.stage)
            if stage not in ENTRY_STAGES:
                raise ValueError
        except ValueError:
            problems.append(
                EntryProblem(
                    row.place,
                    _("“%(s)s” is not a stage (estimate, preliminary, official)")
                    % {"s": row.stage},
                )
            )
            continue
        entries.append(Entry(measure, row.unit_code, value, stage, row.note.strip(), row.place))
    if problems:
        raise EntryError(problems)
    return entries


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
    recorded; a submitted or approved report cannot be changed (a correction is a new
    revision, see :func:`start_correction`).
    """
    if not can_report_for(user, agency):
        raise NotAllowed
    entries = check_entries(plan, agency, period, rows)
    as_of = as_of or timezone.localdate()
    if as_of < period_start(period):
        raise EntryError(
            [
                EntryProblem(
                    Place(field="as_of"),
                    _("the report date %(d)s is before the period began")
                    % {"d": format_date(as_of)},
                )
            ]
        )
    sub = current_submission(plan, agency, period)
    if sub is None:
        sub = Submission.objects.create(
            plan=plan, agency=agency, period=str(period), created_by=user
        )
        record(user, "create", sub, plan=plan)
    sub = _lock(sub)
    if not sub.is_editable:
        raise EntryError(
            [
                EntryProblem(
                    Place(),
                    _("this report is %(status)s and can no longer be changed")
                    % {"status": sub.get_status_display()},
                )
            ]
        )
    existing = {(f.measure_id, f.unit_code): f for f in sub.figures.all()}
    problems: list[EntryProblem] = []
    for e in entries:
        current = existing.get((e.measure.pk, e.unit_code))
        others = FigureRecord.objects.exclude(pk=current.pk) if current else FigureRecord.objects
        clash = others.filter(
            measure=e.measure,
            unit_code=e.unit_code,
            period=str(period),
            stage=e.stage.value,
            as_of=as_of,
        ).exists()
        if clash:
            problems.append(
                EntryProblem(
                    e.place or Place(field=e.measure.key),
                    _(
                        "a %(stage)s figure of %(m)s for %(p)s dated %(d)s already exists; "
                        "a revision needs a later date or a later stage"
                    )
                    % {
                        "stage": stage_label(e.stage),
                        "m": e.measure.name,
                        "p": period,
                        "d": format_date(as_of),
                    },
                )
            )
            continue
        if current is None:
            fig = FigureRecord.objects.create(
                plan=plan,
                measure=e.measure,
                unit_code=e.unit_code,
                period=str(period),
                value=e.value,
                places=places_of(e.value),
                stage=e.stage.value,
                as_of=as_of,
                note=e.note,
                source=agency.name,
                submission=sub,
                entered_by=user,
            )
            record(user, "enter", fig, plan=plan, field="value", new=e.value)
        else:
            changes = {
                "value": (current.value, e.value),
                "stage": (current.stage, e.stage.value),
                "as_of": (current.as_of, as_of),
                "note": (current.note, e.note),
            }
            if current.value != e.value or current.places != places_of(e.value):
                current.places = places_of(e.value)
            for name, (old, new) in changes.items():
                if old != new:
                    setattr(current, name, new)
                    record(user, "change", current, plan=plan, field=name, old=old, new=new)
            current.entered_by = user
            current.save()
    if problems:
        raise EntryError(problems)  # the transaction rolls back every row
    if sub.status == SubmissionStatus.RETURNED:
        sub.status = SubmissionStatus.DRAFT
        sub.save(update_fields=["status"])
    return sub


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
    sub.plan.touch()
    return sub


@transaction.atomic
def return_submission(user: Any, sub: Submission, comment: str) -> Submission:
    """Send a submitted report back to its agency with a comment."""
    if not can_approve_for(user, sub.agency):
        raise NotAllowed
    if not comment.strip():
        raise EntryError(
            [EntryProblem(Place(field="comment"), _("say why the report is returned"))]
        )
    sub = _lock(sub)
    if sub.status != SubmissionStatus.SUBMITTED:
        raise EntryError([EntryProblem(Place(), _("only a submitted report can be returned"))])
    sub.status = SubmissionStatus.RETURNED
    sub.comment = comment.strip()
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
    return sub


@transaction.atomic
def start_correction(
    user: Any, plan: Plan, agency: Agency, period: Period, reason: str
) -> Submission:
    """Open a new revision of an approved report; its figures will be new vintages."""
    if not can_report_for(user, agency):
        raise NotAllowed
    if not reason.strip():
        raise EntryError(
            [EntryProblem(Place(field="reason"), _("give the reason for the correction"))]
        )
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
        reason=reason.strip(),
        created_by=user,
    )
    record(user, "correct", sub, plan=plan, comment=sub.reason)
    return sub


# ---------------------------------------------------------------- reading for the core


def approved_figures(plan: Plan) -> list[Figure]:
    """Every approved vintage of the plan's figures, as core figures."""
    keys = dict(plan.measures.values_list("pk", "key"))
    rows = figures_for_all(plan).order_by("pk")
    return [r.to_core(keys[r.measure_id]) for r in rows]


def period_order(period: Period) -> tuple[int, int, int]:
    """Periods by when they end (2025-H1 before 2025-9M before 2025); a longer one last."""
    return (period.last_year, period.end_month(), period.months_covered())


def previous_values(
    plan: Plan, pairs: Iterable[tuple[int, str]], before: Period
) -> dict[tuple[int, str], list[FigureRecord]]:
    """The latest approved figure of each earlier period, per (measure, unit), newest first."""
    out: dict[tuple[int, str], dict[str, FigureRecord]] = {}
    wanted = set(pairs)
    rows = (
        figures_for_all(plan).filter(measure_id__in={m for m, _ in wanted}).order_by("as_of", "pk")
    )
    for r in rows:
        if (r.measure_id, r.unit_code) not in wanted:
            continue
        p = parse_period(r.period)
        if p.is_term or period_order(p) >= period_order(before):
            continue
        best = out.setdefault((r.measure_id, r.unit_code), {})
        old = best.get(r.period)
        if old is None or (r.as_of, Stage(r.stage).rank) >= (old.as_of, Stage(old.stage).rank):
            best[r.period] = r
    return {
        k: sorted(v.values(), key=lambda r: period_order(parse_period(r.period)), reverse=True)
        for k, v in out.items()
    }


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
            source=f.source,
            note=f.note,
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


def figures_csv(plan: Plan) -> str:
    """The plan's approved figures in the core's CSV format (every vintage)."""
    out = io.StringIO()
    write_figures_csv(approved_figures(plan), out)
    return out.getvalue()
