"""The arithmetic of five-year targets, on exact decimals.

Growth rates are in percent (7,5 means 7,5%/year), as resolutions and reports write them.
Fractional powers are computed by :mod:`decimal` at 34 significant digits, so results do
not depend on binary floating point.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction

HUNDRED = Decimal(100)
ONE = Decimal(1)


class FormulaError(ValueError):
    """The inputs leave the formula undefined (a fall of 100% or more, a zero base…)."""


def _root(x: Decimal, n: int | Decimal) -> Decimal:
    """x to the power 1/n, for positive x."""
    if x <= 0:
        raise FormulaError(f"cannot take a root of {x}")
    with localcontext() as ctx:
        ctx.prec = 34
        return +(x ** (ONE / Decimal(n)))


def growth_factor(rates_pct: Sequence[Decimal]) -> Decimal:
    """Π(1 + gᵢ) for rates in percent."""
    product = ONE
    with localcontext() as ctx:
        ctx.prec = 34
        for g in rates_pct:
            product *= ONE + g / HUNDRED
    if product <= 0:
        raise FormulaError("a fall of 100% or more leaves the average undefined")
    return product


def compound_average(rates_pct: Sequence[Decimal]) -> Decimal:
    """(Π(1 + gᵢ))^(1/n) − 1, in percent: the average growth over n years of rates gᵢ."""
    if not rates_pct:
        raise FormulaError("no rates to average")
    with localcontext() as ctx:
        ctx.prec = 34
        return (_root(growth_factor(rates_pct), len(rates_pct)) - ONE) * HUNDRED


def cagr(start: Decimal, end: Decimal, years: int) -> Decimal:
    """(end / start)^(1/years) − 1, in percent: compound growth from one level to another."""
    if years <= 0:
        raise FormulaError("the levels must be at least one year apart")
    if start <= 0 or end <= 0:
        raise FormulaError("compound growth needs positive levels")
    with localcontext() as ctx:
        ctx.prec = 34
        return (_root(end / start, years) - ONE) * HUNDRED


def required_rate(
    target_pct: Decimal, total_years: int, factor_so_far: Decimal, years_done: int
) -> Decimal:
    """((1+T)^N / Π(1+gᵢ))^(1/(N−k)) − 1: the yearly rate the remaining years need."""
    remaining = total_years - years_done
    if remaining <= 0:
        raise FormulaError("no years remain")
    with localcontext() as ctx:
        ctx.prec = 34
        needed = (ONE + target_pct / HUNDRED) ** total_years / factor_so_far
        return (_root(needed, remaining) - ONE) * HUNDRED


def linear_fit(points: Sequence[tuple[int, Decimal]]) -> tuple[Decimal, Decimal]:
    """Least-squares line through (year, value) points: (slope, intercept)."""
    n = len(points)
    if n < 2:
        raise FormulaError("a trend needs at least two years")
    with localcontext() as ctx:
        ctx.prec = 34
        mean_x = Decimal(sum(x for x, _ in points)) / n
        mean_y = sum((y for _, y in points), Decimal(0)) / n
        sxx = sum(((x - mean_x) ** 2 for x, _ in points), Decimal(0))
        sxy = sum(((x - mean_x) * (y - mean_y) for x, y in points), Decimal(0))
        if sxx == 0:
            raise FormulaError("a trend needs two different years")
        slope = sxy / sxx
        return slope, mean_y - slope * mean_x


def _exact_projection(points: Sequence[tuple[int, Decimal]], year: int) -> Decimal:
    """The least-squares line through the points at ``year``, from sums with one division
    last: (Σy·D + (nΣxy − ΣxΣy)(n·year − Σx)) / (n·D), D = nΣx² − (Σx)². Exact at 34
    digits: the value itself whenever it has no more."""
    n = len(points)
    sx = sum(x for x, _ in points)
    det = n * sum(x * x for x, _ in points) - sx * sx
    try:
        with localcontext() as ctx:
            ctx.prec = 34
            ctx.traps[Inexact] = True  # every sum and product exact, or fractions below
            sy = sum((y for _, y in points), Decimal(0))
            sxy = sum((x * y for x, y in points), Decimal(0))
            num: Decimal | Fraction = sy * det + (n * sxy - sx * sy) * (n * year - sx)
    except Inexact:  # figures of more than 34 digits between them
        fy = sum((Fraction(y) for _, y in points), Fraction(0))
        fxy = sum((x * Fraction(y) for x, y in points), Fraction(0))
        num = fy * det + (n * fxy - sx * fy) * (n * year - sx)
    value = Fraction(num) / (n * det)
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(value.numerator) / Decimal(value.denominator)


def project_linear(points: Sequence[tuple[int, Decimal]], year: int) -> Decimal:
    """The least-squares line through the points at ``year``.

    A mean of three years is no terminating decimal: rounded at 34 digits, a projection
    of exactly 301,2 came out 301,1999…9, short of a target of 301,2. Where the decimal
    arithmetic misses the exact value, the exact value (at 34 digits) is taken; else the
    decimal result stays as it was, written as before ("17.30").
    """
    slope, intercept = linear_fit(points)
    exact = _exact_projection(points, year)
    with localcontext() as ctx:
        ctx.prec = 34
        projected = slope * year + intercept
    return projected if projected == exact else exact


def project_compound(points: Sequence[tuple[int, Decimal]], year: int) -> Decimal:
    """Continue the compound growth between the first and the last point to ``year``."""
    (x0, y0), (x1, y1) = points[0], points[-1]
    rate = cagr(y0, y1, x1 - x0)
    with localcontext() as ctx:
        ctx.prec = 34
        return y1 * (ONE + rate / HUNDRED) ** (year - x1)


def reduction_pct(previous: Decimal, current: Decimal) -> Decimal:
    """(previous − current) / previous, in percent: how much a level fell in a year."""
    if previous == 0:
        raise FormulaError("no reduction can be computed from a previous level of 0")
    with localcontext() as ctx:
        ctx.prec = 34
        return (previous - current) / abs(previous) * HUNDRED
