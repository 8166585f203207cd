"""What the plan's vocabulary is called on the pages: kinds, comparators, directions,
groups, bodies and the plan file's fields, as the forms label them and the core's messages
name them (:mod:`chitieu.web.problems`). Apart from the forms, so that the messages can use
them without importing the forms, which show the messages.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from chitieu.targets.model import BodyKind, Comparator, Direction, Group, GrowthInput, Kind

__all__ = [
    "BODY_LABELS",
    "COMPARATOR_LABELS",
    "DIRECTION_LABELS",
    "FIELD_LABELS",
    "GROUP_LABELS",
    "INPUT_LABELS",
    "KIND_LABELS",
    "NO_CHOICE",
]

KIND_LABELS = {
    Kind.LEVEL_AT_END: _("level in the end year"),
    Kind.AVERAGE_ANNUAL_GROWTH: _("average yearly growth"),
    Kind.EVERY_YEAR: _("every year"),
    Kind.CUMULATIVE_OVER_TERM: _("total over the term"),
    Kind.REDUCTION_PER_YEAR: _("reduction per year"),
    Kind.SHARE_STRUCTURE: _("share in a structure"),
    Kind.COUNT_OF_UNITS: _("count of units"),
    Kind.OTHER: _("other (judged by a person)"),
}
COMPARATOR_LABELS = {
    Comparator.GE: _("≥ at least"),
    Comparator.GT: _("> more than"),
    Comparator.LE: _("≤ at most"),
    Comparator.LT: _("< less than"),
    Comparator.EQ: _("= exactly"),
    Comparator.RANGE: _("range, from low to high"),
}
DIRECTION_LABELS = {
    Direction.HIGHER_IS_BETTER: _("higher is better"),
    Direction.LOWER_IS_BETTER: _("lower is better"),
    Direction.WITHIN: _("within the range"),
}
INPUT_LABELS = {GrowthInput.RATE: _("yearly rates"), GrowthInput.LEVEL: _("levels")}
GROUP_LABELS = {
    Group.ECONOMY: _("economy"),
    Group.SOCIETY: _("culture and society"),
    Group.ENVIRONMENT: _("environment"),
    Group.DEFENCE_SECURITY: _("defence and security"),
    Group.PARTY_BUILDING: _("party building"),
}
NO_CHOICE = ("", "—")
BODY_LABELS = {
    BodyKind.PARTY: _("a Party committee (Hướng dẫn 36-HD/VPTW)"),
    BodyKind.STATE: _("a people's council or committee (Decree 30/2020/NĐ-CP)"),
}
# A plan file's field as the form labels it (the core's messages name the file's fields).
FIELD_LABELS = {
    "id": _("identifier"),
    "name": pgettext_lazy("plan field", "name"),
    "unit": pgettext_lazy("plan field", "unit"),
    "kind": pgettext_lazy("plan field", "kind"),
    "comparator": _("comparator"),
    "low": _("low"),
    "high": _("high"),
    "end_year": _("end year"),
    "direction": _("direction"),
    "input": _("figures are"),
    "decimals": _("decimals"),
    "valid_range": _("plausible values"),
    "max_change": _("largest plausible change in a year"),
    "note": _("note"),
    "text": _("text"),
    "no": _("number"),
    "title": _("title"),
    "area": _("area"),
    "baseline_year": _("baseline year"),
    "start_year": _("first year"),
    "targets": _("targets"),
    "metrics": _("measures"),
}
