"""What an evaluation returns: per metric, per target and for the whole plan."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from chitieu.evaluation.explain import Explanation, FigureUsed
from chitieu.evaluation.statuses import ForecastClass, Status, target_text
from chitieu.figures.periods import parse_period
from chitieu.targets.model import Metric, Plan, Target
from chitieu.vnnumbers import round_half_up


def _num(value: Decimal | None, places: int = 6) -> str | None:
    """Decimals travel as strings in JSON; computed ones are cut to ``places`` decimals."""
    if value is None:
        return None
    if value.as_tuple().exponent < -places:  # type: ignore[operator]
        value = round_half_up(value, places)
    return format(value, "f")


@dataclass(frozen=True)
class YearCheck:
    """One year of a metric that must hold every year."""

    year: int
    value: Decimal
    status: Status


@dataclass(frozen=True)
class YearPoint:
    """One year of the series a result is drawn and written from (see ``per_year``)."""

    year: int
    value: Decimal
    stage: str  # the least final stage of the figures behind it


@dataclass(frozen=True)
class UnitCount:
    """The units counted for one year of a ``count_of_units`` measure."""

    year: int
    met: int
    total: int | None  # the units in force in the scope; None: counted without a registry
    scope: date | None  # the date the units in force are taken at


@dataclass(frozen=True)
class Gap:
    """How far the value judged lies outside what the target accepts."""

    side: str  # "below", "above", or "at" (exactly at a strict bound: "> 7" with 7)
    amount: Decimal  # from the bound, in the measure's unit (points for a percentage)


@dataclass
class Forecast:
    """Where a metric is heading, before its end year."""

    cls: ForecastClass
    method: (
        str  # compound_required_rate, trend_linear, trend_compound, cumulative_pace, yearly_record
    )
    projected: Decimal | None = None  # the value projected for the end year
    required: Decimal | None = None  # the rate or yearly amount the remaining years need
    required_kind: str = ""  # "rate" (percent per year) or "per_year" (in the metric's unit)
    progress_ratio: Decimal | None = None
    remaining_years: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "class": self.cls.value,
            "label_vi": self.cls.label("vi"),
            "label_en": self.cls.label("en"),
            "method": self.method,
            "projected": _num(self.projected),
            "required": _num(self.required),
            "required_kind": self.required_kind or None,
            "progress_ratio": _num(self.progress_ratio),
            "remaining_years": self.remaining_years,
        }


@dataclass
class MetricResult:
    metric: Metric
    status: Status
    value: Decimal | None = None  # the value judged against the target
    computed: Decimal | None = None  # computed from yearly figures, when that applies
    published: Decimal | None = None  # published for the whole term, when there is one
    # The whole term is covered (the end year's or the term's figure is in), on figures
    # reported after their periods ended. The figures may still be estimates: a later
    # official figure is a new vintage and may change the status.
    final: bool = False
    assessed: Status | None = None  # a person's judgement, for kind "other"
    years: list[YearCheck] = field(default_factory=list)
    forecast: Forecast | None = None
    explanation: Explanation = field(default_factory=Explanation)
    # The term is covered, but on a figure reported before its period ended: that is why
    # the result is provisional (not final), whatever the figure's stage.
    reported_early: bool = False
    # The latest part-year figure of a year not yet reported in full: shown, never judged.
    part_year: FigureUsed | None = None
    # What the views draw and write, derived once by chitieu.evaluation.derived: per year,
    # the level (or the units counted), the growth rate, the running sum, or the value
    # judged that year, by kind; the units counted; the gap of a value short of its target.
    per_year: list[YearPoint] = field(default_factory=list)
    counted: list[UnitCount] = field(default_factory=list)
    gap: Gap | None = None

    @property
    def effective_status(self) -> Status:
        """The status that counts in the target's roll-up (a person's, for "other")."""
        return self.assessed if self.assessed is not None else self.status

    def to_dict(self, lang: str = "vi") -> dict[str, Any]:
        m = self.metric
        return {
            "id": m.id,
            "name": m.name,
            "unit": m.unit,
            "kind": m.kind.value,
            "target": target_text(m, lang),
            "value": _num(self.value),
            "computed_value": _num(self.computed),
            "published_value": _num(self.published),
            "status": self.status.value,
            "status_label": self.status.label(lang, self.final),
            "assessed_status": self.assessed.value if self.assessed else None,
            "final": self.final,
            "reported_early": self.reported_early,
            "part_year": _part_year(self.part_year, lang),
            "years": [
                {"year": y.year, "value": str(y.value), "status": y.status.value}
                for y in self.years
            ],
            "forecast": self.forecast.to_dict() if self.forecast else None,
            "explanation": {
                "formula": self.explanation.formula,
                "steps": self.explanation.text(lang),
                "figures": [f.__dict__ | {"value": str(f.value)} for f in self.explanation.figures],
            },
            "per_year": [
                {"year": p.year, "value": _num(p.value), "stage": p.stage or None}
                for p in self.per_year
            ],
            "counted_units": [
                {
                    "year": c.year,
                    "met": c.met,
                    "total": c.total,
                    "scope": c.scope.isoformat() if c.scope else None,
                }
                for c in self.counted
            ],
            "gap": {"side": self.gap.side, "amount": _num(self.gap.amount)} if self.gap else None,
        }


def _part_year(f: FigureUsed | None, lang: str) -> dict[str, Any] | None:
    if f is None:
        return None
    return {
        "period": f.period,
        "period_label": parse_period(f.period).label(lang),
        "value": str(f.value),
        "stage": f.stage,
        "as_of": f.as_of,
    }


@dataclass
class TargetResult:
    target: Target
    status: Status
    final: bool
    metrics: list[MetricResult]

    def to_dict(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "no": self.target.no,
            "text": self.target.text,
            "group": self.target.group.value if self.target.group else None,
            "status": self.status.value,
            "status_label": self.status.label(lang, self.final),
            "final": self.final,
            "metrics": [m.to_dict(lang) for m in self.metrics],
        }


@dataclass
class PlanResult:
    plan: Plan
    as_of: date | None
    targets: list[TargetResult]

    @property
    def met(self) -> int:
        return sum(1 for t in self.targets if t.status.is_met)

    def by_status(self) -> dict[str, int]:
        counts = Counter(t.status.value for t in self.targets)
        return {s.value: counts.get(s.value, 0) for s in Status}

    def headline(self, lang: str = "vi") -> str:
        total = len(self.targets)
        if lang == "vi":
            return f"Đạt và vượt {self.met}/{total} chỉ tiêu"
        return f"Achieved or exceeded {self.met}/{total} targets"

    def metric_result(self, metric_id: str) -> MetricResult:
        for t in self.targets:
            for m in t.metrics:
                if m.metric.id == metric_id:
                    return m
        raise KeyError(metric_id)

    def to_dict(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "plan": self.plan.id,
            "title": self.plan.title,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "summary": {
                "achieved_or_exceeded": self.met,
                "total": len(self.targets),
                "by_status": self.by_status(),
                "headline": self.headline(lang),
            },
            "targets": [t.to_dict(lang) for t in self.targets],
        }
