"""What a comment asks for, from the way its text begins.

The convention (docs/consultation.md), in a Word comment or the comment column of the
table, case and spaces aside:

- "Đồng ý …" or "Nhất trí …": the unit agrees with the part (``agree``);
- "Đề nghị sửa: <text>" or "Đề nghị sửa thành: <text>": the part should read <text>
  (``wording``);
- "Đề nghị chỉ tiêu: <value> …": the part's target should be <value>, a number written
  the Vietnamese way, like any figure (7,5; 1.234,5), a "%" or a unit after it allowed
  (``target_value``);
- anything else is a comment for the drafting team to read (``other``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from chitieu.problems import CodedError
from chitieu.targets.storable import is_control
from chitieu.vnnumbers import NumberFormatError, NumberStyle, check_storable, parse_number


class Kind(StrEnum):
    AGREE = "agree"
    WORDING = "wording"
    TARGET_VALUE = "target_value"
    OTHER = "other"


class CommentError(CodedError, ValueError):
    """A comment that says what it asks for but not in a form that can be read."""


_AGREE = re.compile(r"^\s*(?:đồng ý|nhất trí)\b", re.IGNORECASE)
_WORDING = re.compile(r"^\s*đề nghị sửa(?:\s+thành)?\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)
_TARGET = re.compile(r"^\s*đề nghị chỉ tiêu\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)
_VALUE = re.compile(r"^[-+−]?[\d.,]*\d")
_QUOTES = " \t\n\"'“”‘’"

# the kind column of the comments table: the kinds by name or by their Vietnamese label
KIND_NAMES = {
    "agree": Kind.AGREE,
    "đồng ý": Kind.AGREE,
    "nhất trí": Kind.AGREE,
    "wording": Kind.WORDING,
    "sửa câu chữ": Kind.WORDING,
    "đề nghị sửa": Kind.WORDING,
    "target_value": Kind.TARGET_VALUE,
    "chỉ tiêu": Kind.TARGET_VALUE,
    "đề nghị chỉ tiêu": Kind.TARGET_VALUE,
    "other": Kind.OTHER,
    "khác": Kind.OTHER,
    "ý kiến khác": Kind.OTHER,
}

KIND_LABELS = {
    Kind.AGREE: ("Đồng ý", "Agree"),
    Kind.WORDING: ("Đề nghị sửa câu chữ", "Proposes a wording"),
    Kind.TARGET_VALUE: ("Đề nghị chỉ tiêu", "Proposes a target value"),
    Kind.OTHER: ("Ý kiến khác", "Other comment"),
}


@dataclass(frozen=True)
class Reading:
    """What a comment's text says: its kind and what it proposes."""

    kind: Kind
    proposed_text: str | None = None
    proposed_value: Decimal | None = None


def read_comment(text: str) -> Reading:
    """The kind of a comment and its proposal; :class:`CommentError` for a proposal that
    cannot be read (no text after "Đề nghị sửa:", no number after "Đề nghị chỉ tiêu:")."""
    if _AGREE.match(text):
        return Reading(Kind.AGREE)
    if m := _WORDING.match(text):
        proposed = plain(m.group(1)).strip(_QUOTES)
        if not proposed:
            raise CommentError("consult.wording_missing")
        return Reading(Kind.WORDING, proposed_text=proposed)
    if m := _TARGET.match(text):
        return Reading(Kind.TARGET_VALUE, proposed_value=value_of(first_word(m.group(1))))
    return Reading(Kind.OTHER)


def plain(text: str) -> str:
    """A unit's text as kept: control characters dropped (a document cannot hold them),
    spaces and line breaks folded to one space."""
    return " ".join("".join(c for c in text if not is_control(c)).split())


def first_word(text: str) -> str:
    """The number at the start of ``text`` ("7,5%; vì …" → "7,5"), else its first word."""
    text = text.strip()
    if m := _VALUE.match(text):
        return m.group(0)
    return text.split(maxsplit=1)[0] if text.split() else ""


def value_of(text: str) -> Decimal:
    """A proposed value written the Vietnamese way; :class:`CommentError` otherwise."""
    try:
        return check_storable(parse_number(text.rstrip(".,"), NumberStyle.VI), text)
    except NumberFormatError as exc:
        raise CommentError("consult.not_a_number", why=exc.said) from None


def kind_named(text: str) -> Kind | None:
    """The kind a table's kind column names, None when it names none."""
    return KIND_NAMES.get(" ".join(text.split()).casefold())
