"""The core's messages in the active language, for the web pages.

The table of message shapes and their catalogue are the core's (:mod:`chitieu.messages`,
shared with the command line); here they are looked up with Django's gettext, and a
field or a kind is shown by the label its form gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext

from chitieu.messages import LIMIT_TEMPLATES, default_part
from chitieu.messages import translate as translate_with
from chitieu.problems import Problem
from chitieu.vnnumbers import NumberLimitError


def limit_text(exc: NumberLimitError, shown: str | None = None) -> str:
    """The refusal of a number past a limit, in the active language; ``shown`` is the
    number as the user gave it (a spreadsheet's cell rather than its Python form)."""
    parts = {"v": shown or exc.text, "n": exc.count, "max": exc.allowed}
    return gettext(LIMIT_TEMPLATES[exc.limit]) % parts


def _part(name: str, value: str) -> str:
    """A varying part as the pages show it: fields and kinds by their form labels."""
    from chitieu.web.plans.forms import DIRECTION_LABELS, FIELD_LABELS, KIND_LABELS

    if name == "f" and value in FIELD_LABELS:
        return str(FIELD_LABELS[value])
    if name == "k":
        return str(next((v for k, v in KIND_LABELS.items() if k.value == value), value))
    if name == "dir":
        return str(next((v for k, v in DIRECTION_LABELS.items() if k.value == value), value))
    if name in ("doubt", "reason"):
        return translate(value)
    return default_part(name, value, gettext)


def translate(message: str) -> str:
    """The message in the active language (as written when its shape is unknown)."""
    return translate_with(message, gettext, _part)


@dataclass(frozen=True)
class ShownProblem:
    """A core problem ready for a page: where it is, and what is wrong, translated."""

    file: str
    message: str
    line: int | None = None
    row: int | None = None
    path: str | None = None
    field: str | None = None

    @classmethod
    def of(cls, problem: Problem) -> ShownProblem:
        return cls(
            file=problem.file,
            message=translate(problem.message),
            line=problem.line,
            row=problem.row,
            path=problem.path,
            field=problem.field,
        )


def shown(problems: list[Problem]) -> list[ShownProblem]:
    return [ShownProblem.of(p) for p in problems]
