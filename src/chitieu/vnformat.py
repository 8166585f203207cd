"""Numbers and dates written for people: 1.234,5 and 25/9/2020 in Vietnamese.

Apart from the parsers (:mod:`chitieu.vnnumbers`, which re-exports these), because the
core's messages (:mod:`chitieu.messages.render`) write their values with them while the
parsers' own refusals are such messages.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext
from functools import cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from chitieu.rounding import room, round_half_up


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(code)


@cache
def _pattern(decimals: int) -> NumberPattern:
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals > 0 else ""))


def format_decimal(value: Decimal, decimals: int, locale: str) -> str:
    """What ``babel.numbers.format_decimal(value, "#,##0.00…", locale)`` writes, with
    the locale and the pattern parsed once (a page of warnings writes thousands)."""
    text: str = _pattern(decimals).apply(value, _locale(locale))
    return text


def format_vi(
    value: Decimal | None, decimals: int | None = None, locale: str = "vi", trim: bool = False
) -> str:
    """Format a number for people: "1.234,5" in Vietnamese, "1,234.5" in English.

    Without ``decimals`` the number keeps the digits it has (no trailing zeros added).
    With ``trim``, it is rounded to ``decimals`` and trailing zeros are dropped (17,6).
    """
    if value is None:
        return "–"
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    # babel quantizes in the current context: give it the digits this number has
    with localcontext(room(value, max(digits, decimals or 0))):
        if decimals is not None and trim:
            value = round_half_up(value, decimals).normalize()
            exponent = value.as_tuple().exponent
            digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            decimals = None
        if decimals is not None:
            return format_decimal(round_half_up(value, decimals), decimals, locale)
        return format_decimal(value, digits, locale)


def format_date(day: date) -> str:
    """A date as Vietnamese documents print it: 25/9/2020 (day first, no leading zeros)."""
    return f"{day.day}/{day.month}/{day.year}"
