"""The words of the audit trail: what each recorded action, field, value and note of the
system means, in the page's language.

The trail stores what the code knows — an action code ("return"), a model's name
("submission"), a field's name ("status"), the values as Python wrote them
("150.0000000000", "True", "2025-09-30", "submitted") and the system's own notes ("read
from nghi-quyet.docx"). They stay as recorded, so the trail is never rewritten; this
module says them as people do. What it does not know is shown as recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.apps import apps
from django.contrib.auth.models import User
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import get_language_info, gettext_lazy, ngettext, pgettext_lazy
from django.utils.translation import gettext as _

from chitieu.vnnumbers import format_date, format_vi
from chitieu.web.figures.checks import stage_label
from chitieu.web.figures.plausible import CONFIRMED
from chitieu.web.figures.services import BLIND_WRITE
from chitieu.web.people.admin_audit import COMMENT as ADMIN_COMMENT
from chitieu.web.people.admin_audit import HIDDEN
from chitieu.web.people.forms import PersonForm
from chitieu.web.people.models import Profile
from chitieu.web.plans.forms import MeasureForm, PlanHeaderForm, TargetForm
from chitieu.web.plans.models import TASK_KINDS

ACTIONS = {
    "create": pgettext_lazy("audit", "created"),
    "replace": pgettext_lazy("audit", "replaced by a new reading"),
    "change": pgettext_lazy("audit", "changed"),
    "add": pgettext_lazy("audit", "added"),
    "delete": pgettext_lazy("audit", "removed"),
    "import": pgettext_lazy("audit", "imported from files"),
    "enter": pgettext_lazy("audit", "value entered"),
    "clear": pgettext_lazy("audit", "draft value removed"),
    "submit": pgettext_lazy("audit", "submitted"),
    "approve": pgettext_lazy("audit", "approved"),
    "return": pgettext_lazy("audit", "returned"),
    "correct": pgettext_lazy("audit", "correction opened"),
    "task_add": pgettext_lazy("audit", "task added"),
    "task_edit": pgettext_lazy("audit", "task changed"),
    "task_note": pgettext_lazy("audit", "progress note"),
    "share_set": pgettext_lazy("audit", "share set"),
    "share_remove": pgettext_lazy("audit", "share removed"),
    "assign": pgettext_lazy("audit", "measure assigned"),
    "unassign": pgettext_lazy("audit", "measure no longer assigned"),
    "revoke": pgettext_lazy("audit", "revoked"),
    "unlock": pgettext_lazy("audit", "lockout lifted"),
    "admin_add": pgettext_lazy("audit", "added in the admin"),
    "admin_change": pgettext_lazy("audit", "changed in the admin"),
    "admin_delete": pgettext_lazy("audit", "deleted in the admin"),
    "read_accept": pgettext_lazy("audit", "accepted as read"),
    "read_correct": pgettext_lazy("audit", "corrected from the reading"),
    "read_reject": pgettext_lazy("audit", "rejected from the reading"),
    "read_unreject": pgettext_lazy("audit", "rejection undone"),
    "election_created": pgettext_lazy("audit", "election set up"),
    "election_changed": pgettext_lazy("audit", "election changed"),
    "committee_assigned": pgettext_lazy("audit", "counter assigned"),
    "committee_changed": pgettext_lazy("audit", "counting committee changed"),
    "ballot_entered": pgettext_lazy("audit", "ballot entered"),
    "ballot_corrected": pgettext_lazy("audit", "ballot corrected"),
    "ballot_removed": pgettext_lazy("audit", "ballot removed"),
    "ballots_imported": pgettext_lazy("audit", "tally file imported"),
    "minutes_locked": pgettext_lazy("audit", "minutes locked"),
    "minutes_correction": pgettext_lazy("audit", "minutes correction opened"),
    "election_next_round": pgettext_lazy("audit", "next round set up"),
    "draft_created": pgettext_lazy("audit", "draft uploaded"),
    "draft_version_added": pgettext_lazy("audit", "draft version added"),
    "round_opened": pgettext_lazy("audit", "round of comments opened"),
    "round_closed": pgettext_lazy("audit", "round of comments closed"),
    "round_reminded": pgettext_lazy("audit", "units reminded to comment"),
    "comment_added": pgettext_lazy("audit", "comment on the draft added"),
    "reply_uploaded": pgettext_lazy("audit", "reply file read"),
    "comment_entered_for": pgettext_lazy("audit", "comment entered from a unit's letter"),
    "reply_uploaded_for": pgettext_lazy("audit", "unit's reply file read for it"),
    "comment_placed": pgettext_lazy("audit", "comment placed on a part"),
    "comment_answered": pgettext_lazy("audit", "comment answered"),
    "wording_decided": pgettext_lazy("audit", "new wording decided"),
}

# An action said more precisely for some kinds of object.
ACTIONS_ON = {
    ("create", "submission"): pgettext_lazy("audit", "report opened"),
    ("change", "figurerecord"): pgettext_lazy("audit", "value changed"),
}

# What a recorded object is called when it is gone or has no better name.
KINDS = {
    "submission": pgettext_lazy("audit", "report"),
    "measure": pgettext_lazy("audit", "measure"),
    "rejectedmeasure": pgettext_lazy("audit", "rejected measure"),
    "figurerecord": pgettext_lazy("audit", "figure"),
    "accessattempt": pgettext_lazy("audit", "failed logins"),
    "apitoken": pgettext_lazy("audit", "API token"),
    "user": pgettext_lazy("audit", "account"),
    "profile": pgettext_lazy("audit", "account"),
}

# The actions whose note is a person's words (a returned report's comment, the reason for
# a correction); every other note is the system's and is translated.
PEOPLES_NOTES = {"return", "correct", "minutes_correction"}


def action_label(code: str, object_type: str = "") -> str:
    """What was done, in words (a code the trail does not know is shown as recorded)."""
    said = ACTIONS_ON.get((code, object_type)) or ACTIONS.get(code)
    return str(said) if said is not None else code


def kind_label(object_type: str) -> str:
    """What an object of this type is called: the table above, else its model's name."""
    if object_type in KINDS:
        return str(KINDS[object_type])
    model = model_of(object_type)
    return str(model._meta.verbose_name) if model else object_type


def model_of(object_type: str) -> type[models.Model] | None:
    """The model a recorded type names (the trail keeps the model's name, not its app)."""
    return next((m for m in apps.get_models() if m._meta.model_name == object_type), None)


# ---------------------------------------------------------------- fields and values


@dataclass(frozen=True)
class FieldWords:
    label: str
    choices: dict[str, str]
    quantity: bool  # a number that counts something: written 1.234,5 in full


# A plan's data names some fields with a dot; the editor's forms name them with "_".
_PLAN_DATA_NAMES = {
    "area.code": "area_code",
    "area.name": "area_name",
    "issuing_body.kind": "body_kind",
    "issuing_body.name": "body_name",
    "issuing_body.parent": "body_parent",
    "issuing_body.code": "body_code",
    "baseline.year": "baseline_year",
    "baseline.value": "baseline_value",
    "valid_range.min": "valid_min",
    "valid_range.max": "valid_max",
}
# The forms that edit each type: their labels are the words people saw when they changed it.
_FORMS: dict[str, list[type[forms.Form]]] = {
    "plan": [PlanHeaderForm],
    "target": [TargetForm],
    "measure": [MeasureForm],
    "user": [PersonForm],
}
_QUANTITIES = {"value", "low", "high", "baseline.value", "valid_range.min", "valid_range.max"}
_SPECIAL = {
    "password": gettext_lazy("password"),
    "is_active": gettext_lazy("account in use"),
    "is_public": gettext_lazy("public read-only view"),
    "max_change": gettext_lazy("largest plausible change in a year"),
    "measure": pgettext_lazy("audit", "measure"),  # an agency's assignment
    "username": gettext_lazy("user name"),
    "as_of": gettext_lazy("report date"),
}


def _choices(pairs: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in pairs if k not in (None, "")}


def _from_form(object_type: str, name: str) -> tuple[str, dict[str, str]] | None:
    for form in _FORMS.get(object_type, []):
        field = form.base_fields.get(_PLAN_DATA_NAMES.get(name, name))
        if field is not None:
            return str(field.label), _choices(getattr(field, "choices", []))
    return None


def _from_model(object_type: str, name: str) -> tuple[str, dict[str, str]] | None:
    models_ = [model_of(object_type)] + ([Profile, User] if object_type == "user" else [])
    for model in models_:
        try:
            field = model._meta.get_field(name) if model else None
        except FieldDoesNotExist:
            continue
        if isinstance(field, models.Field):
            return str(field.verbose_name), _choices(field.choices or [])
    return None


def field_words(object_type: str, name: str) -> FieldWords:
    """The field's label and the labels of its values, as the pages that edit it say them
    (a form's label first; the model's choices when the form sets its own at run time)."""
    found = [w for w in (_from_form(object_type, name), _from_model(object_type, name)) if w]
    label = str(_SPECIAL.get(name, found[0][0] if found else name))
    choices = next((c for _label, c in found if c), {})
    if name == "stage":  # the stored choices are the core's codes
        choices = {code: stage_label(code) for code in choices}
    if name == "language":
        choices = {code: str(get_language_info(code)["name_translated"]) for code in choices}
    if label[1:2].islower():  # "Họ và tên" → "họ và tên", as the other fields; "API" stays
        label = label[:1].lower() + label[1:]
    return FieldWords(label, choices, name in _QUANTITIES)


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMBER = re.compile(r"(?<![\w.,])-?\d+(?:\.\d+)?(?![\w.])")
_BOOLEANS = {"True": gettext_lazy("yes"), "False": gettext_lazy("no")}


def number(text: str, grouped: bool) -> str:
    """A number as Python wrote it ("150.0000000000"), the Vietnamese way ("150"): the
    database's padding dropped; thousands grouped only for quantities (not years)."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    if "." not in text and not grouped:
        return text
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return format_vi(value)


def _day(m: re.Match[str]) -> str:
    try:
        return format_date(date(int(m[1]), int(m[2]), int(m[3])))
    except ValueError:
        return m[0]


# Fields whose values are people's words: shown exactly as typed.
_WORDS = {"text", "name", "note", "title", "source", "full_name", "email", "lead_agency", "act"}
_WORDS |= {"area.name", "issuing_body.name", "issuing_body.parent", "baseline.source"}
# A task added is recorded as "<kind> <number>: <text>".
_TASK = re.compile(r"^(?P<kind>[a-z_]+) (?P<no>\d+): (?P<text>.*)$", re.DOTALL)


def value_text(event: Any, text: str, agencies: dict[str, str]) -> str:
    """A recorded old or new value of ``event`` as the page shows it; ``agencies`` names
    the agencies by code (an account's agency, a task's co-agencies are kept by code)."""
    field, object_type = event.field, event.object_type
    if not text or text == HIDDEN or field in _WORDS or event.action == "task_note":
        return text
    if event.action == "task_add" and (m := _TASK.match(text)):
        return f"{TASK_KINDS.get(m['kind'], m['kind'])} {m['no']}: {m['text']}"
    if field in ("agency", "co_agencies"):
        return ", ".join(agencies.get(code, code) for code in text.split(", "))
    words = field_words(object_type, field) if field else FieldWords("", {}, False)
    if text in words.choices:
        return words.choices[text]
    if text in _BOOLEANS:
        return str(_BOOLEANS[text])
    grouped = words.quantity or object_type == "measureshare"
    text = _ISO_DAY.sub(_day, text)
    text = _NUMBER.sub(lambda m: number(m[0], grouped), text)
    return re.sub(r"\bNone\b", "…", text)


# ---------------------------------------------------------------- the system's notes


Say = Callable[[re.Match[str]], str]


def _token(m: re.Match[str]) -> str:
    scope = _("read only") if m["scope"] == "read" else _("read and write")
    return _("%(scope)s, expires %(day)s") % {"scope": scope, "day": _ISO_DAY.sub(_day, m["day"])}


# The notes the system writes (figures.services, figures.plausible, plans.services,
# people.views, people.passwords, people.admin_audit), each with what it says; translated
# when shown, in the page's language.
_NOTES: list[tuple[re.Pattern[str], Say]] = [
    (re.compile(f"^{pattern}$"), say)
    for pattern, say in [
        (re.escape(BLIND_WRITE), lambda m: _("written without a version check")),
        (re.escape(CONFIRMED), lambda m: _("confirmed despite the warnings")),
        (r"read from (?P<file>.+)", lambda m: _("read from %(file)s") % {"file": m["file"]}),
        (
            r"(?P<n>\d+) figures",
            lambda m: ngettext("%(n)s figure", "%(n)s figures", int(m["n"])) % {"n": m["n"]},
        ),
        (r"task \d+", lambda m: ""),  # the note's object names its task
        (r"(?P<scope>read|write), expires (?P<day>\d{4}-\d{2}-\d{2})", _token),
        ("temporary", lambda m: _("a temporary password, to be changed at the first login")),
        ("reset by e-mail", lambda m: _("reset through the link sent by e-mail")),
        (
            r"(?P<n>\d+) login lockout\(s\) lifted",
            lambda m: (
                ngettext("%(n)s login lockout lifted", "%(n)s login lockouts lifted", int(m["n"]))
                % {"n": m["n"]}
            ),
        ),
        (re.escape(ADMIN_COMMENT), lambda m: ""),  # the action says "in the admin"
    ]
]


def note_text(action: str, comment: str) -> str:
    """The event's note: a person's words as written, the system's in the page's language
    (its parts, joined by "; " or ", ", each translated; an unknown part as written)."""
    if not comment or action in PEOPLES_NOTES:
        return comment

    def say(part: str) -> str | None:
        return next((tell(m) for p, tell in _NOTES if (m := p.match(part))), None)

    out = []
    for part in comment.split("; "):
        said = say(part)
        if said is None:
            pieces = [say(p) for p in part.split(", ")]
            said = part if None in pieces else ", ".join(p for p in pieces if p)
        if said:
            out.append(str(said))
    return "; ".join(out)
