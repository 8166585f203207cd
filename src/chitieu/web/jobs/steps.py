"""The steps a job goes through, by code (kept on the job), with what the page calls them."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

STEPS: dict[str, Promise] = {
    "": _("waiting for the worker"),
    "reading_plan": _("reading the plan file"),
    "reading_figures": _("reading and checking the figures"),
    "saving": _("saving (all or nothing)"),
    "reading_text": _("reading the resolution"),
    "evaluating_units": _("evaluating every unit"),
    "writing_reviews": _("writing the review of each unit"),
    "reading_file": _("reading the file and checking its figures"),
    "saving_file": _("saving the figures into the drafts (all or nothing)"),
    "saving_upload": _("checking the values and saving them into the draft (all or nothing)"),
}


def step_label(code: str) -> str:
    return str(STEPS.get(code, code))
