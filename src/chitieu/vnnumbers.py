"""Reading and writing numbers the way Vietnamese documents print them.

Vietnamese uses "." to group thousands and "," for the decimal mark: "1.234,5" is one
thousand two hundred and thirty-four and a half. A plain (machine) file uses "." as the
decimal mark and no grouping. A string that could be read both ways is never guessed:
it is an error, and the caller names the place.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from chitieu.problems import CodedError, Message

# the rule lives in chitieu.rounding, next to its Polars and Excel twins
from chitieu.rounding import room
from chitieu.rounding import round_half_up as round_half_up

# formatting lives apart, so that the messages' renderer needs no parser (and no circle)
from chitieu.vnformat import format_date as format_date
from chitieu.vnformat import format_vi as format_vi


class NumberStyle(StrEnum):
    """How the numbers of an input are written."""

    PLAIN = "plain"  # 1234.5
    VI = "vi"  # 1.234,5


class NumberFormatError(CodedError, ValueError):
    """The text is not a number in the expected style."""


_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# Vietnamese: either no grouping at all, or groups of exactly three digits after the first.
_VI = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_number(text: str, style: NumberStyle = NumberStyle.PLAIN) -> Decimal:
    """Return the exact decimal value of ``text`` written in ``style``.

    >>> parse_number("7,5", NumberStyle.VI)
    Decimal('7.5')
    >>> parse_number("4.400.000", NumberStyle.VI)
    Decimal('4400000')
    """
    style = NumberStyle(style)
    s = text.strip().replace("\u2212", "-")
    if not s:
        raise NumberFormatError("number.empty")
    if style is NumberStyle.PLAIN:
        if "," in s:
            raise NumberFormatError("number.comma", v=text)
        if not _PLAIN.match(s):
            raise NumberFormatError("number.not_a_number", v=text)
        return _finite(Decimal(s), text)
    if not _VI.match(s):
        if re.match(r"^[+-]?\d+\.\d{1,2}$", s) or re.match(r"^[+-]?\d+\.\d{4,}$", s):
            raise NumberFormatError("number.ambiguous", v=text)
        raise NumberFormatError("number.not_vi", v=text)
    return _finite(Decimal(s.replace(".", "").replace(",", ".")), text)


def _finite(value: Decimal, text: str) -> Decimal:
    if not value.is_finite():
        raise NumberFormatError("number.not_a_number", v=text)
    return value


def to_decimal(value: object) -> Decimal:
    """Convert a number read from JSON, YAML or Parquet to Decimal without binary noise."""
    if isinstance(value, bool):
        raise NumberFormatError("number.not_a_number", v=repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr gives the shortest string that round-trips, so 7.3 stays 7.3.
        return _finite(Decimal(repr(value)), repr(value))
    if isinstance(value, str):
        try:
            return _finite(Decimal(value.strip()), value)
        except InvalidOperation as exc:
            raise NumberFormatError("number.not_a_number", v=value) from exc
    raise NumberFormatError("number.not_a_number", v=repr(value))


# ---------------------------------------------------------------- what a stored number keeps

# Every figure value and plan number is kept in one decimal column (``quantity()`` in
# web/plans/models.py builds it from these). SQLite holds it as an 8-byte float, exact to
# 15 significant digits; PostgreSQL's numeric(30, 10) holds 10 decimals and 20 digits
# before the mark. A number outside what both keep would come back changed, or not at
# all, so every reader refuses it with its place instead of rounding it silently.
MAX_SIGNIFICANT_DIGITS = 15
MAX_DECIMALS = 10
MAX_INTEGER_DIGITS = 20  # the size of a value stays below 10**20


class NumberLimit(StrEnum):
    """Which limit a number goes past."""

    SIZE = "size"  # more than MAX_INTEGER_DIGITS digits before the decimal mark
    DECIMALS = "decimals"  # more than MAX_DECIMALS decimals written
    DIGITS = "digits"  # more than MAX_SIGNIFICANT_DIGITS significant digits


class NumberLimitError(NumberFormatError):
    """A number that cannot be kept exactly: which ``limit``, its ``allowed`` count and
    the ``count`` the number has (for the web layer to say it in the user's language)."""

    def __init__(self, text: str, limit: NumberLimit, count: int) -> None:
        self.text, self.limit, self.count = text, limit, count
        self.allowed = _ALLOWED[limit]
        if limit is NumberLimit.SIZE:  # its sentence names no count
            super().__init__(_LIMIT_CODES[limit], v=text, max=self.allowed)
        else:
            super().__init__(_LIMIT_CODES[limit], v=text, n=count, max=self.allowed)

    def shown_as(self, text: str) -> Message:
        """The same refusal for the number as the user wrote it (a spreadsheet's cell)."""
        return Message(self.code, {**self.params, "v": text})


_ALLOWED = {
    NumberLimit.SIZE: MAX_INTEGER_DIGITS,
    NumberLimit.DECIMALS: MAX_DECIMALS,
    NumberLimit.DIGITS: MAX_SIGNIFICANT_DIGITS,
}
_LIMIT_CODES = {
    NumberLimit.SIZE: "number.too_large",
    NumberLimit.DECIMALS: "number.too_many_decimals",
    NumberLimit.DIGITS: "number.too_many_digits",
}


def check_storable(value: Decimal, text: str | None = None) -> Decimal:
    """Return ``value`` if it is kept exactly; else raise :class:`NumberLimitError`.

    Significant digits run from the first non-zero digit to the last one (4.400.000 has
    two); decimals count as written (92,50 has two), since a report keeps them.

    >>> check_storable(Decimal("4400000.5"))
    Decimal('4400000.5')
    >>> check_storable(Decimal("0.00000000001"))
    Traceback (most recent call last):
    NumberLimitError: “0.00000000001” has 11 decimals: at most 10 are kept; round it
    """
    if text is not None:
        shown = text.strip()
    else:  # 0.00000000001 rather than 1E-11, unless the number is huge or tiny
        shown = format(value, "f") if abs(value.adjusted()) <= 30 else str(value)
    if not value.is_finite():
        raise NumberFormatError("number.not_a_number", v=shown)
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    decimals = max(0, -exponent)
    significant = len("".join(map(str, digits)).strip("0"))
    if significant and value.adjusted() >= MAX_INTEGER_DIGITS:
        raise NumberLimitError(shown, NumberLimit.SIZE, value.adjusted() + 1)
    if decimals > MAX_DECIMALS:
        raise NumberLimitError(shown, NumberLimit.DECIMALS, decimals)
    if significant > MAX_SIGNIFICANT_DIGITS:
        raise NumberLimitError(shown, NumberLimit.DIGITS, significant)
    return value


def spreadsheet_number(value: float) -> Decimal:
    """A spreadsheet cell's number as the 15 significant digits Excel keeps and shows.

    Excel holds at most 15 digits of what is typed; beyond them a formula's result is
    binary noise (=0,1+0,2 gives 0.30000000000000004), which no one wrote.
    """
    return _finite(Decimal(format(value, f".{MAX_SIGNIFICANT_DIGITS}g")), repr(value))


def with_places(value: Decimal, places: int) -> Decimal:
    """A stored value with the decimals it was written with (the column pads to ten)."""
    return value.quantize(Decimal(1).scaleb(-places), context=room(value, places))
