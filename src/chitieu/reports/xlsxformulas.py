"""The Excel formula of a forecast's requirement, as text.

The formulas of a kind's value sit with its exact rule (:mod:`chitieu.evaluation.kinds`);
this one is the forecast's (:mod:`chitieu.evaluation.forecasts`), written over the cells
of a target sheet. ``tests/xlsx_formulas.py`` computes them and compares with the engine.
The values stored with them are the engine's (:mod:`chitieu.reports.excel`).
"""

from __future__ import annotations

from chitieu.evaluation.kinds.base import Cells
from chitieu.evaluation.results import MetricResult
from chitieu.reports.review import MeasureSeries
from chitieu.targets.model import GrowthInput


def required_formula(m: MetricResult, s: MeasureSeries, cells: Cells, bound: str, end: str) -> str:
    """The formula of what each remaining year needs, as the engine's forecast computes it."""
    f, metric = m.forecast, m.metric
    if f is None or f.required is None or f.method in ("already_met", "yearly_record"):
        return ""
    n, values, helpers = len(s.years), cells.values, cells.helpers
    last, last_year = cells.latest()
    if f.method == "compound_required_rate":
        if metric.input is GrowthInput.RATE:
            return f"=(((1+{bound}/100)^{n}/PRODUCT({helpers}))^(1/({n}-COUNT({helpers})))-1)*100"
        base = f"B{cells.base_row}"
        needed = f"((1+{bound}/100)^({end}-A{cells.base_row})/({last}/{base}))"
        return f"=({needed}^(1/({end}-{last_year}))-1)*100"
    if f.method == "cumulative_pace":
        return f"=({bound}-SUM({values}))/({n}-COUNT({values}))"
    return f"=({bound}-{last})/({end}-{last_year})"
