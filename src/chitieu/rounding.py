"""Half-up rounding, the one rule for every value chitieu computes, and its twins.

Offices publish 6,25 at one decimal as 6,3: ties go away from zero (``ROUND_HALF_UP``),
not to the even digit as Python's ``round()`` does (6,2). The Decimal function is the
rule; the Polars twin rounds the float columns of the bulk evaluator and the Excel twin is
what the review workbook writes (Excel's ROUND also takes ties away from zero).
``tests/test_kinds_three_ways.py`` holds the three to the same results.

Polars is imported when a Polars twin is called, so that formatting a number does not
load it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl


def room(value: Decimal, decimals: int) -> Context:
    """A context with the digits ``value`` needs at ``decimals`` places: Python's default
    28 are fewer than a stored value may have (20 before the mark and 10 after)."""
    return Context(prec=max(28, value.adjusted() + 2 + max(decimals, 0)))


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """Round the way offices round when they publish a figure (0,005 → 0,01)."""
    quantum = Decimal(1).scaleb(-decimals)
    return value.quantize(quantum, rounding=ROUND_HALF_UP, context=room(value, decimals))


def clean_expr(x: pl.Expr) -> pl.Expr:
    """Snap float noise away: keep 12 significant digits, and at most 10 decimals.

    (1 + 7.5/100) − 1 gives 7.499999999999996 %; 65 − 64.8 gives 0.20000000000000284. The
    result is the float nearest to the decimal the engine would compute, so that ``==``,
    ``<=`` and half-up ties come out as they do with decimals.
    """
    import polars as pl

    magnitude = x.abs().log10().floor()
    k = pl.min_horizontal(pl.lit(10.0), pl.lit(11.0) - magnitude)  # 10 for x == 0 (−inf)
    up = pl.lit(10.0).pow(k)
    down = pl.lit(10.0).pow(-k)
    # Dividing by an exact power of ten rounds once, to the nearest float.
    return pl.when(k >= 0).then((x * up).round() / up).otherwise((x / down).round() * down)


def round_half_up_expr(x: pl.Expr, scale: pl.Expr) -> pl.Expr:
    """:func:`round_half_up` on a float column; ``scale`` is 10 ** decimals."""
    scaled = clean_expr(x * scale)
    return scaled.sign() * (scaled.abs() + 0.5).floor() / scale


def round_formula(x: str, decimals: int) -> str:
    """:func:`round_half_up` as an Excel formula over the cell or expression ``x``."""
    return f"ROUND({x},{decimals})"


CLEAN_PLACES = 10  # the decimals an Excel distance keeps, as :func:`clean_expr` keeps them


def clean_formula(x: str) -> str:
    """:func:`clean_expr` in Excel: a difference of two figures without its float noise."""
    return round_formula(x, CLEAN_PLACES)
