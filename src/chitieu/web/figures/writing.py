"""Writing checked values into an open report, in a few statements whatever their number.

An upload of 7.000 values once cost 3 statements a value (an insert, an audit row, a
check); here the new figures are one insert (:func:`chitieu.web.bulkinsert.insert_rows`:
from plain tuples, without a model object per figure), the changed ones one update per
500, the removed ones one delete, and their audit rows one insert: the same rows as
before, so the audit trail reads the same. The services call :func:`write` once every check has
passed, inside their transaction, with the report locked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from django.utils import timezone

from chitieu.vnnumbers import with_places
from chitieu.web.bulkinsert import insert_rows
from chitieu.web.figures.checks import Entry, places_of
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.figures.plausible import CONFIRMED
from chitieu.web.people.audit import Change, record_changes

# The audit trail's comment on a change written without the version its writer read.
BLIND_WRITE = "written without a version check"
# The entries being saved, each with the draft figure it writes over (None: a new one)
Drafted = Sequence[tuple[Entry, FigureRecord | None]]
# Changed figures per UPDATE: Django writes one CASE per field, whose cost grows with it.
UPDATE_BATCH = 500
UPDATED = ["value", "stage", "as_of", "note", "places", "entered_by", "version", "changed_at"]


def new_value(current: FigureRecord | None, e: Entry) -> bool:
    """Whether the entry gives a value the draft does not hold yet."""
    return e.value is not None and (current is None or current.value != e.value)


def changes(current: FigureRecord, e: Entry, as_of: date) -> dict[str, tuple[object, object]]:
    """What writing the entry over the stored draft figure would change (a removal: all)."""
    if e.value is None or e.stage is None:
        return {"value": (current.value, None)}
    given: dict[str, tuple[object, object]] = {
        "value": (current.value, e.value),
        "stage": (current.stage, e.stage.value),
        "as_of": (current.as_of, as_of),
        "note": (current.note, e.note),
    }
    out = {name: pair for name, pair in given.items() if pair[0] != pair[1]}
    if current.places != places_of(e.value):  # 92 → 92,0: the same number, written anew
        out["places"] = (current.places, places_of(e.value))
    return out


# What one entry does to the draft: ("enter" | "change" | "clear", entry, the draft figure
# it changes or clears (None: a new one), changes)
Step = tuple[str, Entry, FigureRecord | None, dict[str, tuple[object, object]]]
FIGURE = FigureRecord._meta.model_name or "figurerecord"


def write(user: Any, sub: Submission, pairs: Drafted, as_of: date) -> None:
    """Save the checked entries into the open report (every check has passed)."""
    now = timezone.now()
    steps: list[Step] = []
    for e, current in pairs:
        if e.value is None or e.stage is None:
            if current is not None:  # an empty field: the draft figure goes, on the record
                steps.append(("clear", e, current, {}))
        elif current is None:
            steps.append(("enter", e, None, {}))
        elif found := changes(current, e, as_of):
            # (no change: the same value again is no new version, so no one is refused)
            for name, (_old, new) in found.items():
                setattr(current, name, new)
            current.entered_by = user
            current.version += 1
            current.changed_at = now  # what save() would set; bulk_update does not
            steps.append(("change", e, current, found))
    cleared = [f.pk for action, _e, f, _c in steps if action == "clear" and f is not None]
    if cleared:
        FigureRecord.objects.filter(pk__in=cleared).delete()
    ids = _enter(user, sub, [e for action, e, _f, _c in steps if action == "enter"], as_of, now)
    changed = [f for action, _e, f, _c in steps if action == "change" and f is not None]
    FigureRecord.objects.bulk_update(changed, UPDATED, batch_size=UPDATE_BATCH)
    record_changes(user, sub.plan, [c for step in steps for c in _changes(step, ids)])


def _enter(
    user: Any, sub: Submission, entries: list[Entry], as_of: date, now: datetime
) -> dict[tuple[int, str], int]:
    """Insert the new figures (the rows ``FigureRecord(...).save()`` would store, without
    an object each); their primary keys by (measure, unit), read back at once."""
    if not entries:
        return {}
    shared = {
        "plan": sub.plan_id,
        "period": sub.period,
        "as_of": as_of,
        "source": sub.agency.name,
        "submission": sub.pk,
        "entered_by": user.pk,
        "entered_at": now,
        "changed_at": now,
    }
    names = ("measure", "unit_code", "value", "places", "stage", "note")
    rows = []
    for e in entries:
        assert e.value is not None and e.stage is not None
        rows.append((e.measure.pk, e.unit_code, e.value, places_of(e.value), e.stage.value, e.note))
    insert_rows(FigureRecord, shared, names, rows)
    return {(m, u): pk for m, u, pk in sub.figures.values_list("measure", "unit_code", "pk")}


def _changes(step: Step, ids: dict[tuple[int, str], int]) -> list[Change]:
    """The audit rows of one entry's step, as one record() call each used to write."""
    action, e, figure, found = step
    # A write without a version (Excel, an API client that did not read) may overwrite
    # another person's value; the record says so, with the old value, so nothing is lost.
    blind = BLIND_WRITE if e.version is None else ""
    confirmed = CONFIRMED if e.confirmed else ""  # only a new value is written here
    if figure is None:  # entered
        key = ids[(e.measure.pk, e.unit_code)]
        return [Change("enter", FIGURE, key, field="value", new=e.value, comment=confirmed)]
    if action == "clear":
        removed = with_places(figure.value, figure.places)
        return [Change("clear", FIGURE, figure.pk, field="value", old=removed, comment=blind)]
    confirmed = confirmed if "value" in found else ""
    comment = "; ".join(c for c in (blind, confirmed) if c)
    return [
        Change("change", FIGURE, figure.pk, field=name, old=old, new=new, comment=comment)
        for name, (old, new) in found.items()
        if name != "places"
    ]
