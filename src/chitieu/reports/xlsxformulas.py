"""The Excel formulas of the review workbook, as text.

Each is the formula of :mod:`chitieu.evaluation.formulas` or of the forecast written over
the cells of a target sheet; ``tests/xlsx_formulas.py`` computes them and compares with the
engine. The values stored with them are the engine's (:mod:`chitieu.reports.excel`).
"""

from __future__ import annotations

from chitieu.evaluation.results import MetricResult
from chitieu.reports.review import MeasureSeries, reduction_from_levels
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind, Metric

LAST = "9.99E+307"  # LOOKUP(LAST, range) is the last number of a range


def meets(metric: Metric, x: str) -> str:
    """An Excel condition: the value in ``x`` meets the target (achieved or exceeded)."""
    low, high, d = metric.low, metric.high, metric.direction
    comp = metric.comparator
    if comp is Comparator.GE:
        return f"{x}>={low}"
    if comp is Comparator.GT:
        return f"{x}>{low}"
    if comp is Comparator.LE:
        return f"{x}<={high}"
    if comp is Comparator.LT:
        return f"{x}<{high}"
    if comp is Comparator.RANGE:
        if d is Direction.HIGHER_IS_BETTER:
            return f"{x}>={low}"
        if d is Direction.LOWER_IS_BETTER:
            return f"{x}<={high}"
        return f"AND({x}>={low},{x}<={high})"
    if d is Direction.HIGHER_IS_BETTER:
        return f"{x}>={low}"
    if d is Direction.LOWER_IS_BETTER:
        return f"{x}<={low}"
    return f"{x}={low}"


def rounds(metric: Metric) -> bool:
    """Whether the value judged is the computed one rounded (averages), not a figure."""
    return metric.kind is Kind.AVERAGE_ANNUAL_GROWTH


def computed_formula(
    metric: Metric, values: str, helpers: str, years: str, base_row: int
) -> tuple[str, bool]:
    """The formula of what the measure is judged on, and whether it is already rounded."""
    dec = metric.decimals
    if metric.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        if metric.input is GrowthInput.RATE:
            return f"=(PRODUCT({helpers})^(1/COUNT({helpers}))-1)*100", False
        base = f"B{base_row}"
        last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
        return f"=(({last}/{base})^(1/({last_year}-A{base_row}))-1)*100", False
    if metric.kind is Kind.CUMULATIVE_OVER_TERM:
        return f"=SUM({values})", False
    if reduction_from_levels(metric):
        return f"=ROUND(AVERAGE({helpers}),{dec})", True
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        return f"=ROUND(AVERAGE({values}),{dec})", True
    return f"=LOOKUP({LAST},{values})", False


def required_formula(
    m: MetricResult,
    s: MeasureSeries,
    values: str,
    helpers: str,
    years: str,
    base_row: int,
    bound: str,
    end: str,
) -> str:
    """The formula of what each remaining year needs, as the engine's forecast computes it."""
    f, metric = m.forecast, m.metric
    if f is None or f.required is None or f.method in ("already_met", "yearly_record"):
        return ""
    n = len(s.years)
    if f.method == "compound_required_rate":
        if metric.input is GrowthInput.RATE:
            return f"=(((1+{bound}/100)^{n}/PRODUCT({helpers}))^(1/({n}-COUNT({helpers})))-1)*100"
        base = f"B{base_row}"
        last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
        needed = f"((1+{bound}/100)^({end}-A{base_row})/({last}/{base}))"
        return f"=({needed}^(1/({end}-{last_year}))-1)*100"
    if f.method == "cumulative_pace":
        return f"=({bound}-SUM({values}))/({n}-COUNT({values}))"
    last, last_year = f"LOOKUP({LAST},{values})", f"LOOKUP({LAST},{values},{years})"
    return f"=({bound}-{last})/({end}-{last_year})"
