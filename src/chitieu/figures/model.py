"""A reported figure and its stage (kế hoạch, ước, sơ bộ, chính thức)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.figures.periods import Period


class Stage(StrEnum):
    """How final a figure is. A more final stage beats a less final one whatever their dates
    (the rule is :func:`chitieu.figures.vintages.vintage_rank`)."""

    PLAN = "plan"  # kế hoạch: a planned value for the period, never an achievement
    ESTIMATE = "estimate"  # ước
    PRELIMINARY = "preliminary"  # sơ bộ
    OFFICIAL = "official"  # chính thức

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label_vi(self) -> str:
        return _LABEL_VI[self]

    def label(self, lang: str = "vi") -> str:
        """The stage as documents write it: "ước" in Vietnamese, "estimate" in English."""
        return _LABEL_VI[self] if lang == "vi" else self.value

    @property
    def is_actual(self) -> bool:
        """Whether the figure reports what happened (every stage but the plan)."""
        return self is not Stage.PLAN


_RANK = {Stage.PLAN: 0, Stage.ESTIMATE: 1, Stage.PRELIMINARY: 2, Stage.OFFICIAL: 3}
_LABEL_VI = {
    Stage.PLAN: "kế hoạch",
    Stage.ESTIMATE: "ước",
    Stage.PRELIMINARY: "sơ bộ",
    Stage.OFFICIAL: "chính thức",
}


@dataclass(frozen=True)
class Figure:
    """One vintage of a value: what was reported for a metric, period and unit on a date."""

    metric: str
    period: Period
    value: Decimal
    stage: Stage
    as_of: date
    unit_code: str
    source: str = ""
    origin: str = ""  # where it was read from, e.g. "figures.csv:12"
    note: str = ""

    @property
    def key(self) -> tuple[str, str, Period]:
        """The series point this figure is a vintage of."""
        return (self.metric, self.unit_code, self.period)
