"""The election form's field names, for messages that name the field at fault."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

FIELD_NAMES: dict[str, Promise] = {
    "title": _("title"),
    "congress": _("congress"),
    "elects": _("what is elected"),
    "seats": _("seats"),
    "list": _("list"),
    "candidates": _("candidates"),
    "convened": _("convened"),
    "excluded": _("excluded"),
    "present": _("present"),
    "issued": _("ballots issued"),
    "round": _("round"),
    "ballot": _("ballot number"),
    "crossed": _("crossed out"),
    "agree": _("agree"),
    "disagree": _("disagree"),
    "invalid_reason": _("reason the ballot is invalid"),
}
