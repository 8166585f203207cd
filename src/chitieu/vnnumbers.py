"""Reading and writing numbers the way Vietnamese documents print them.

Vietnamese uses "." to group thousands and "," for the decimal mark: "1.234,5" is one
thousand two hundred and thirty-four and a half. A plain (machine) file uses "." as the
decimal mark and no grouping. A string that could be read both ways is never guessed:
it is an error, and the caller names the place.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from babel.numbers import format_decimal


class NumberStyle(StrEnum):
    """How the numbers of an input are written."""

    PLAIN = "plain"  # 1234.5
    VI = "vi"  # 1.234,5


class NumberFormatError(ValueError):
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
        raise NumberFormatError("empty value")
    if style is NumberStyle.PLAIN:
        if "," in s:
            raise NumberFormatError(
                f"'{text}' has a comma: in a plain file the decimal mark is '.'; "
                "for Vietnamese-formatted numbers say so (--numbers vi)"
            )
        if not _PLAIN.match(s):
            raise NumberFormatError(f"'{text}' is not a number")
        return _finite(Decimal(s), text)
    if not _VI.match(s):
        if re.match(r"^[+-]?\d+\.\d{1,2}$", s) or re.match(r"^[+-]?\d+\.\d{4,}$", s):
            raise NumberFormatError(
                f"'{text}' is ambiguous in Vietnamese format: '.' groups thousands in threes, "
                "the decimal mark is ','"
            )
        raise NumberFormatError(f"'{text}' is not a Vietnamese-formatted number")
    return _finite(Decimal(s.replace(".", "").replace(",", ".")), text)


def _finite(value: Decimal, text: str) -> Decimal:
    if not value.is_finite():
        raise NumberFormatError(f"'{text}' is not a finite number")
    return value


def to_decimal(value: object) -> Decimal:
    """Convert a number read from JSON, YAML or Parquet to Decimal without binary noise."""
    if isinstance(value, bool):
        raise NumberFormatError(f"{value!r} is not a number")
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
            raise NumberFormatError(f"'{value}' is not a number") from exc
    raise NumberFormatError(f"{value!r} is not a number")


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """Round the way offices round when they publish a figure (0,005 → 0,01)."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_vi(
    value: Decimal | None, decimals: int | None = None, locale: str = "vi", trim: bool = False
) -> str:
    """Format a number for people: "1.234,5" in Vietnamese, "1,234.5" in English.

    Without ``decimals`` the number keeps the digits it has (no trailing zeros added).
    With ``trim``, it is rounded to ``decimals`` and trailing zeros are dropped (17,6).
    """
    if value is None:
        return "–"
    if decimals is not None and trim:
        value = round_half_up(value, decimals).normalize()
        decimals = None
    if decimals is not None:
        value = round_half_up(value, decimals)
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(value, format=pattern, locale=locale)
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=locale)


def format_date(day: date) -> str:
    """A date as Vietnamese documents print it: 25/9/2020 (day first, no leading zeros)."""
    return f"{day.day}/{day.month}/{day.year}"
