"""The audit trail as people read it: each event's action, the object named as people say
it ("báo cáo năm 2025 của Sở Lao động - Thương binh và Xã hội"), the field, the old and
the new value the Vietnamese way, and the note — in the page's language.

The objects of a page of events are read in one query per kind of object; an object that
no longer exists (a draft value removed, a revoked token) is named by its kind and number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import Agency, ApiToken, Assignment, AuditEvent, Profile
from chitieu.web.people.notices import period_name, person
from chitieu.web.people.trailwords import (
    action_label,
    field_words,
    kind_label,
    model_of,
    note_text,
    value_text,
)
from chitieu.web.plans.models import Measure, MeasureShare, Plan, Target, Task, TaskNote
from chitieu.web.units.models import AdminUnit


@dataclass(frozen=True)
class ShownEvent:
    """One event of the trail, in words."""

    event: AuditEvent
    action: str
    object: str
    field: str
    old: str
    new: str
    note: str


Namer = Callable[[list[int]], dict[int, str]]


def _unit_names(codes: Iterable[str]) -> dict[str, str]:
    """Units by code (a code keeps its name across its validity intervals)."""
    return dict(AdminUnit.objects.filter(code__in=set(codes)).values_list("code", "name"))


def report_name(sub: Submission) -> str:
    """A report as people name it: "báo cáo năm 2025 của Sở …" (and which correction)."""
    text = _("report of %(agency)s for %(period)s") % {
        "period": period_name(sub.period),
        "agency": sub.agency.name,
    }
    if sub.revision > 1:
        text = _("%(report)s, correction %(n)s") % {"report": text, "n": sub.revision - 1}
    return text


def _reports(ids: list[int]) -> dict[int, str]:
    return {
        s.pk: report_name(s) for s in Submission.objects.filter(pk__in=ids).select_related("agency")
    }


def _figures(ids: list[int]) -> dict[int, str]:
    figures = list(FigureRecord.objects.filter(pk__in=ids).select_related("measure"))
    units = _unit_names(f.unit_code for f in figures)
    return {
        f.pk: _("figure “%(measure)s”, %(period)s, %(unit)s")
        % {
            "measure": f.measure.name,
            "period": period_name(f.period),
            "unit": units.get(f.unit_code, f.unit_code),
        }
        for f in figures
    }


def _plans(ids: list[int]) -> dict[int, str]:
    return dict(Plan.objects.filter(pk__in=ids).values_list("pk", "title"))


def _targets(ids: list[int]) -> dict[int, str]:
    numbers = Target.objects.filter(pk__in=ids).values_list("pk", "no")
    return {pk: _("target (%(no)s)") % {"no": no} for pk, no in numbers}


def _measures(ids: list[int]) -> dict[int, str]:
    names = Measure.objects.filter(pk__in=ids).values_list("pk", "name")
    return {pk: _("measure “%(name)s”") % {"name": name} for pk, name in names}


def _tasks(ids: list[int]) -> dict[int, str]:
    return {t.pk: f"{t.kind_name} {t.no}" for t in Task.objects.filter(pk__in=ids)}


def _notes(ids: list[int]) -> dict[int, str]:
    notes = TaskNote.objects.filter(pk__in=ids).select_related("task")
    return {
        n.pk: _("progress note on %(task)s") % {"task": f"{n.task.kind_name} {n.task.no}"}
        for n in notes
    }


def _shares(ids: list[int]) -> dict[int, str]:
    shares = list(MeasureShare.objects.filter(pk__in=ids).select_related("measure"))
    units = _unit_names(s.unit_code for s in shares)
    return {
        s.pk: _("share of “%(measure)s” for %(unit)s")
        % {"measure": s.measure.name, "unit": units.get(s.unit_code, s.unit_code)}
        for s in shares
    }


def _users(ids: list[int]) -> dict[int, str]:
    return {u.pk: f"{person(u)} ({u.username})" for u in User.objects.filter(pk__in=ids)}


def _profiles(ids: list[int]) -> dict[int, str]:
    profiles = Profile.objects.filter(pk__in=ids).select_related("user")
    return {p.pk: _("account of %(person)s") % {"person": person(p.user)} for p in profiles}


def _tokens(ids: list[int]) -> dict[int, str]:
    tokens = ApiToken.objects.filter(pk__in=ids).values_list("pk", "name")
    return {pk: _("API token “%(name)s”") % {"name": name} for pk, name in tokens}


def _agencies(ids: list[int]) -> dict[int, str]:
    return dict(Agency.objects.filter(pk__in=ids).values_list("pk", "name"))


def _assignments(ids: list[int]) -> dict[int, str]:
    rows = Assignment.objects.filter(pk__in=ids).select_related("agency", "measure")
    return {
        a.pk: _("“%(measure)s” reported by %(agency)s")
        % {"measure": a.measure.name, "agency": a.agency.name}
        for a in rows
    }


NAMERS: dict[str, Namer] = {
    "submission": _reports,
    "figurerecord": _figures,
    "plan": _plans,
    "target": _targets,
    "measure": _measures,
    "task": _tasks,
    "tasknote": _notes,
    "measureshare": _shares,
    "user": _users,
    "profile": _profiles,
    "apitoken": _tokens,
    "agency": _agencies,
    "assignment": _assignments,
}


def _others(object_type: str, ids: list[int]) -> dict[int, str]:
    """Any other model (one the admin changes, say): its kind and its own name."""
    model = model_of(object_type)
    if model is None:
        return {}
    return {
        pk: f"{kind_label(object_type)} “{obj}”"
        for pk, obj in model._default_manager.in_bulk(ids).items()
    }


def object_names(events: Sequence[AuditEvent]) -> dict[tuple[str, str], str]:
    """Each event's object named, by (type, id): one query per type."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for e in events:
        if e.object_id.isdigit():
            wanted[e.object_type].append(int(e.object_id))
    names: dict[tuple[str, str], str] = {}
    for object_type, ids in wanted.items():
        namer = NAMERS.get(object_type)
        found = namer(ids) if namer else _others(object_type, ids)
        names.update({(object_type, str(pk)): name for pk, name in found.items()})
    return names


def _gone(e: AuditEvent) -> str:
    return _("%(kind)s #%(id)s (no longer exists)") % {
        "kind": kind_label(e.object_type),
        "id": e.object_id,
    }


def _agency_codes(events: Sequence[AuditEvent]) -> dict[str, str]:
    """The agencies that values name by code (an account's agency, a task's co-agencies)."""
    codes = {
        code
        for e in events
        if e.field in ("agency", "co_agencies")
        for value in (e.old, e.new)
        for code in value.split(", ")
        if code
    }
    return dict(Agency.objects.filter(code__in=codes).values_list("code", "name"))


def shown(events: Sequence[AuditEvent]) -> list[ShownEvent]:
    """A page of events, in words."""
    names = object_names(events)
    agencies = _agency_codes(events)
    return [
        ShownEvent(
            event=e,
            action=action_label(e.action, e.object_type),
            object=names.get((e.object_type, e.object_id)) or _gone(e),
            field=field_words(e.object_type, e.field).label if e.field else "",
            old=value_text(e, e.old, agencies),
            new=value_text(e, e.new, agencies),
            note=note_text(e.action, e.comment),
        )
        for e in events
    ]


def choices(codes: Iterable[str], label: Callable[[str], str]) -> list[tuple[str, str]]:
    """(code, label) for a filter's menu, in the order of the labels."""
    return sorted(((c, label(c)) for c in codes), key=lambda pair: pair[1].lower())
