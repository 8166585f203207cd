"""Measure kinds: one module per kind, each holding its rule three ways, in one table.

Every :class:`~chitieu.targets.model.Kind` maps to a :class:`~.base.MeasureKind` in
:data:`REGISTRY`. The exact engine, the bulk (Polars) evaluator and the review workbook's
Excel writer look the kind up here and never branch on it themselves. Judging a value
against its bound is the one rule of :mod:`chitieu.evaluation.statuses` (``judge``), with
its twins.
To add a kind, see the checklist in docs/architecture.md ("Adding a measure kind").
"""

from __future__ import annotations

from chitieu.evaluation.kinds.base import MeasureKind
from chitieu.evaluation.kinds.cumulative import Cumulative
from chitieu.evaluation.kinds.every_year import EveryYear
from chitieu.evaluation.kinds.growth import AverageGrowth
from chitieu.evaluation.kinds.level import Level
from chitieu.evaluation.kinds.other import Other
from chitieu.evaluation.kinds.reduction import Reduction
from chitieu.targets.model import Kind, Metric

RULES: tuple[MeasureKind, ...] = (
    Level(),
    AverageGrowth(),
    Cumulative(),
    EveryYear(),
    Reduction(),
    Other(),
)
REGISTRY: dict[Kind, MeasureKind] = {kind: rule for rule in RULES for kind in rule.kinds}
# Kinds judged on the level of one year (the pages show their years as levels).
LEVEL_KINDS = frozenset(Level.kinds)


def rule_of(metric: Metric) -> MeasureKind:
    """The rule of a metric's kind."""
    return REGISTRY[metric.kind]
