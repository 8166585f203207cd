"""A comment entered field by field: a row of the comments table, or the web form beside
the draft's text. One rule for both: the part by its reference or key, the kind as chosen
(else from the comment's first words, :mod:`chitieu.consultation.kinds`), the proposal it
needs, the target it is for.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from chitieu.consultation.draft import Draft
from chitieu.consultation.kinds import (
    CommentError,
    Kind,
    kind_named,
    plain,
    read_comment,
    value_of,
)
from chitieu.consultation.model import Comment
from chitieu.problems import CodedError, Message


class EntryError(CodedError, ValueError):
    """A field of an entered comment that cannot be taken; ``field`` names it."""

    def __init__(self, field: str, said: Message) -> None:
        super().__init__(said.code, **said.params)
        self.field = field


@dataclass(frozen=True)
class Fields:
    """What a unit typed: each field as text, a value also as a number (a number cell)."""

    ref: str = ""  # empty: a general comment on the whole draft
    text: str = ""
    kind: str = ""  # a kind's name or Vietnamese label; empty: from the text
    proposed_text: str = ""
    proposed_value: str | Decimal = ""


def entered_comment(cid: str, unit: str, fields: Fields, draft: Draft) -> Comment:
    """The comment ``fields`` make on ``draft``; :class:`EntryError` naming the field."""
    part = draft.part(fields.ref) if fields.ref else None
    if fields.ref and part is None:
        raise EntryError("ref", Message("consult.no_part", {"ref": fields.ref}))
    kind, proposed_text, value = _proposal(fields)
    target = part.targets[0] if part and part.targets and kind is Kind.TARGET_VALUE else None
    return Comment(
        id=cid,
        unit=unit,
        kind=kind,
        text=plain(fields.text),
        version=draft.version,
        part=part.key if part else None,
        proposed_text=proposed_text,
        proposed_value=value,
        target=target,
    )


def _proposal(fields: Fields) -> tuple[Kind, str | None, Decimal | None]:
    """The kind (as chosen, else from the text) and what the comment proposes."""
    kind = kind_named(fields.kind) if fields.kind else None
    if fields.kind and kind is None:
        raise EntryError("kind", Message("consult.kind", {"v": fields.kind}))
    text, raw = plain(fields.proposed_text), fields.proposed_value
    value = None
    if kind is None:
        try:
            reading = read_comment(fields.text)
        except CommentError as exc:
            raise EntryError("text", exc.said) from None
        kind = reading.kind
        text, value = text or reading.proposed_text or "", reading.proposed_value
        if kind is Kind.OTHER and (text or raw != ""):  # a proposal in its own field
            kind = Kind.WORDING if text else Kind.TARGET_VALUE
    if kind is Kind.WORDING and not text:
        raise EntryError("proposed_text", Message("consult.wording_missing"))
    if kind is Kind.TARGET_VALUE:
        if isinstance(raw, Decimal):
            value = raw
        elif raw.strip():
            value = _value(raw)
        if value is None:
            raise EntryError("proposed_value", Message("consult.value_missing"))
        return kind, None, value
    return kind, text or None, None


def _value(raw: str) -> Decimal:
    try:
        return value_of(raw)
    except CommentError as exc:
        raise EntryError("proposed_value", exc.said) from None
