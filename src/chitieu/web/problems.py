"""The core's messages on the web pages and the API, in the active language.

The renderer is the core's (:mod:`chitieu.messages.render`, shared with the command
line); here it is given Django's gettext, and the labels the plan forms give a field, a
kind or a direction, so that a page names them as its own forms do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext

from chitieu.messages.render import said as said_with
from chitieu.problems import CodedError, Message, Param, Problem, Term
from chitieu.web.plans.labels import DIRECTION_LABELS, FIELD_LABELS, KIND_LABELS


def label(term: Term) -> str | None:
    """A field, a kind or a direction by its form label (None: shown as written)."""
    if term.vocabulary == "field":
        found = FIELD_LABELS.get(term.name)
    else:
        labels: dict[Any, Any] = KIND_LABELS if term.vocabulary == "kind" else DIRECTION_LABELS
        found = next((v for k, v in labels.items() if k.value == term.name), None)
    return str(found) if found is not None else None


def said(what: Message | CodedError | Problem) -> str:
    """What the core said, in the active language (without its place)."""
    message = what if isinstance(what, Message) else what.said
    return said_with(message, gettext, label)


def doubt(entry: Any) -> str:
    """One of the reader's doubts as a draft keeps it (:meth:`Message.to_data`), in the
    active language; a line of a draft stored before doubts had codes, as written."""
    return said(Message.from_data(entry)) if isinstance(entry, dict) else str(entry)


def plain(value: Param) -> Any:
    """A message's value for JSON: numbers as exact text, dates ISO, terms by name."""
    if isinstance(value, Message):
        return {"code": value.code, "params": {k: plain(v) for k, v in value.params.items()}}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Term):
        return value.name
    return value


def plain_params(message: Message) -> dict[str, Any]:
    """A message's values as the API gives them (JSON)."""
    return {k: plain(v) for k, v in message.params.items()}


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
            message=said(problem),
            line=problem.line,
            row=problem.row,
            path=problem.path,
            field=problem.field,
        )


def shown(problems: list[Problem]) -> list[ShownProblem]:
    return [ShownProblem.of(p) for p in problems]
