"""Other (``other``): a target no figure can settle, judged by a person.

The status is ``manual``; the person's assessment (achieved, not achieved …) is shown
beside it once it is known on the date asked about. No value, no forecast, no formula.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from chitieu.evaluation.explain import Explanation
from chitieu.evaluation.kinds.base import Cells, Columns, MeasureKind
from chitieu.evaluation.results import MetricResult
from chitieu.evaluation.statuses import MANUAL, Status
from chitieu.targets.model import Kind, Metric

if TYPE_CHECKING:
    from chitieu.evaluation.context import Context


class Other(MeasureKind):
    kinds = (Kind.OTHER,)
    judged = False
    method_key = "method_manual"

    def evaluate(self, ctx: Context) -> MetricResult:
        ex = Explanation(formula="assessed by a person")
        m = ctx.metric.manual
        if m is not None and m.on is not None and ctx.as_of is not None and m.on > ctx.as_of:
            m = None  # assessed after the date asked about: not known then
        if m is None:
            ex.add("manual_missing")
            return MetricResult(ctx.metric, Status.MANUAL, explanation=ex)
        assessed = Status(m.status)
        ex.add("manual", by=m.by or "—", status=assessed, reason=m.reason)
        return MetricResult(
            ctx.metric, Status.MANUAL, assessed=assessed, final=True, explanation=ex
        )

    def frame(self, cols: Columns, frame: pl.LazyFrame) -> pl.LazyFrame:
        return frame.with_columns(
            value=pl.lit(None, dtype=pl.Float64),
            years_count=pl.lit(0, dtype=pl.Int32),
            code=pl.lit(MANUAL, dtype=pl.Int8),
        )

    def computed_formula(self, metric: Metric, cells: Cells) -> tuple[str, bool]:
        return "", False  # nothing to compute
