"""Agencies over time in the web app: their lineage checked before it is saved, recorded
with its consequences, and asked which agency is in force for a period.

The rules are the core's (:mod:`chitieu.units.agencies`, which shares the units' lineage
rules); the messages are worded for agencies and translated here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from chitieu.units import agencies as core
from chitieu.units.lineage import Finding, lineage_findings
from chitieu.units.model import Change, ChangeKind
from chitieu.vnnumbers import format_date
from chitieu.web.people.audit import record
from chitieu.web.people.models import Agency, AgencyChange, AgencyChangeKind, Profile

ONE_DAY = timedelta(days=1)
Errors = dict[str, list[str]]  # a field (or NON_FIELD_ERRORS) → messages


def core_agency(a: Agency) -> core.Agency:
    return core.Agency(a.code, a.name, a.valid_from, a.valid_to, a.act)


def core_change(c: AgencyChange) -> Change:
    return Change(c.predecessor.code, c.successor.code, ChangeKind(c.kind), c.effective, c.act)


def _saved_changes(excluding: int | None = None) -> list[AgencyChange]:
    rows = AgencyChange.objects.select_related("predecessor", "successor")
    return list(rows.exclude(pk=excluding) if excluding is not None else rows)


def timeline() -> core.Agencies:
    """Every agency and lineage record (two queries), for the core's questions."""
    return core.Agencies(
        [core_agency(a) for a in Agency.objects.all()],
        [core_change(c) for c in _saved_changes()],
    )


# ---------------------------------------------------------------- checks


def _key(f: Finding) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    return (f.code, f.change.predecessor, f.change.successor, tuple(sorted(f.params.items())))


def _findings(rows: Iterable[Agency], changes: list[Change]) -> list[Finding]:
    return lineage_findings(core.Agencies([core_agency(a) for a in rows], changes), changes)


def new_findings(
    edited: Sequence[Agency] = (), added: Sequence[AgencyChange] = (), dropped: int | None = None
) -> list[tuple[Finding, str]]:
    """What is wrong with the lineage once ``edited`` agencies and ``added`` records are
    saved (``dropped``: a record replaced), leaving out what the saved data already has;
    each finding with its message."""
    rows = list(Agency.objects.all())
    names = {a.code: a.name for a in [*rows, *edited]}
    saved = [core_change(c) for c in _saved_changes(dropped)]
    before = {_key(f) for f in _findings(rows, saved)}
    changed = {a.pk: a for a in edited if a.pk is not None}
    after_rows = [changed.get(a.pk, a) for a in rows] + [a for a in edited if a.pk is None]
    after = _findings(after_rows, [*saved, *(core_change(c) for c in added)])
    return [(f, _message(f, names)) for f in after if _key(f) not in before]


def change_errors(change: AgencyChange) -> Errors:
    """What is wrong with a lineage record that the records already saved do not cause,
    by field (predecessor, successor)."""
    errors: Errors = {}
    for f, message in new_findings(added=[change], dropped=change.pk):
        errors.setdefault(f.field, []).append(message)
    return errors


def agency_errors(agency: Agency) -> Errors:
    """What is wrong with an agency as edited: its interval, and the lineage it would
    break, on the date that breaks it (valid from, valid to)."""
    if agency.valid_from and agency.valid_to and agency.valid_to < agency.valid_from:
        return {"valid_to": [_("an agency cannot end before it starts")]}
    errors: Errors = {}
    for f, message in new_findings(edited=[agency]):
        errors.setdefault(_date_field(f, agency), []).append(message)
    return errors


def _date_field(f: Finding, agency: Agency) -> str:
    """Which end of ``agency``'s interval a finding is about ("__all__" when neither)."""
    if f.code.endswith("_overlap"):
        return "valid_to" if f.code.startswith("predecessor") else "valid_from"
    if f.code.endswith("_missing"):
        day = date.fromisoformat(f.params["before" if "predecessor" in f.code else "day"])
        return "valid_from" if agency.valid_from and day < agency.valid_from else "valid_to"
    return NON_FIELD_ERRORS


def _named(code: str, names: dict[str, str]) -> str:
    name = names.get(code)
    return f"{name} ({code})" if name else code


# A lineage finding (chitieu.units.lineage.Finding) by its code, worded for agencies.
TEMPLATES = {
    "cycle": gettext_noop("the lineage would make a cycle: %(loop)s"),
    "unknown": gettext_noop("agency %(unit)s is not a known agency"),
    "predecessor_missing": gettext_noop(
        "%(unit)s was not in force on %(before)s, the day before the change"
    ),
    "successor_missing": gettext_noop("%(unit)s is not in force on %(day)s, the day of the change"),
    "predecessor_overlap": gettext_noop(
        "the dates overlap: %(unit)s is still in force on %(day)s, when it became %(other)s; "
        "its last day would be %(before)s"
    ),
    "successor_overlap": gettext_noop(
        "the dates overlap: %(unit)s was already in force on %(before)s, before the change "
        "of %(day)s"
    ),
}


def _message(f: Finding, names: dict[str, str]) -> str:
    """The finding in the reader's language, agencies by name and code, dates as 1/3/2025."""
    p = {key: _vn(value) for key, value in f.params.items()}
    for key in ("unit", "other"):
        if key in p:
            p[key] = _named(p[key], names)
    if "loop" in p:
        p["loop"] = " → ".join(_named(c, names) for c in f.params["loop"].split(" → "))
    return _(TEMPLATES[f.code]) % p


def _vn(value: str) -> str:
    """The core's ISO dates (2025-03-01) written as the UI writes dates (1/3/2025)."""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


# ---------------------------------------------------------------- recording a change


@dataclass
class Recorded:
    """A change as recorded, and the people it moved (the predecessor's, now the
    successor's)."""

    change: AgencyChange
    moved: list[Profile]


@transaction.atomic
def record_change(
    user: Any, predecessor: Agency, successor: Agency, kind: str, effective: date, act: str
) -> Recorded:
    """Record that ``predecessor`` became (part of) ``successor`` on ``effective``.

    Filled in as the planning office means it: a predecessor with no last day ends the day
    before; a successor already in force then continues through the change (it absorbs
    the predecessor or a part of it; a rename names a new agency); after a merge or a
    rename the predecessor's people work for the successor. Everything is checked by the
    core first and saved together, recorded, or nothing is (:class:`ValidationError`
    keyed by field).
    """
    before = effective - ONE_DAY
    ends = predecessor.valid_to is None and predecessor.pk != successor.pk
    if ends:
        predecessor.valid_to = before
    change = AgencyChange(
        predecessor=predecessor, successor=successor, kind=kind, effective=effective, act=act
    )
    continues = (
        kind != AgencyChangeKind.RENAME
        and predecessor.pk != successor.pk
        and successor.is_valid_on(before)
        and not AgencyChange.objects.filter(
            predecessor=successor, successor=successor, effective=effective
        ).exists()
    )
    # the continuing link first: each record is checked again as it is saved
    links = [change]
    if continues:
        links.insert(
            0,
            AgencyChange(
                predecessor=successor, successor=successor, kind=kind, effective=effective, act=act
            ),
        )
    found = new_findings(edited=[predecessor] if ends else [], added=links)
    if found:
        if ends:
            predecessor.valid_to = None  # the object as the page shows it again
        errors: Errors = {}
        for f, message in found:  # the predecessor is the page's agency: not a field
            key = "successor" if f.field == "successor" else NON_FIELD_ERRORS
            errors.setdefault(key, []).append(message)
        raise ValidationError(errors)
    if ends:
        predecessor.save(update_fields=["valid_to"])
        record(user, "change", predecessor, field="valid_to", old="", new=before)
    for link in links:
        link.save()
        record(user, "create", link, field="kind", new=f"{link} {link.act}".strip())
    moved = _move_people(user, change) if kind in core.WORK_PASSES else []
    return Recorded(change, moved)


def _move_people(user: Any, change: AgencyChange) -> list[Profile]:
    """The predecessor's people now work for the successor, each move on the record."""
    people = list(
        Profile.objects.filter(agency=change.predecessor).select_related("user").order_by("pk")
    )
    for profile in people:
        profile.agency = change.successor
        profile.save(update_fields=["agency"])
        record(
            user,
            "change",
            profile.user,
            field="agency",
            old=change.predecessor.code,
            new=change.successor.code,
            comment=f"{change.kind} #{change.pk}, {change.effective.isoformat()}",
        )
    return people


@transaction.atomic
def remove_change(user: Any, change: AgencyChange) -> None:
    """Delete a lineage record (a mistake); dates and people stay as they are."""
    record(user, "delete", change, field="kind", old=f"{change} {change.act}".strip())
    change.delete()
