"""The plan: a resolution's targets (chỉ tiêu) and their measures, as typed values.

A *plan* is what a congress or council voted: an area, a term, and numbered targets.
A *target* is one numbered item of the resolution's list ("(12) Đến năm 2025 số xã đạt
Bộ tiêu chí quốc gia về y tế xã là 200 xã; có 11,5 bác sỹ …"); it carries one or more
*metrics* (measures), each of which can be judged on its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    """How a metric's figures are turned into the value judged against the target."""

    LEVEL_AT_END = "level_at_end"
    AVERAGE_ANNUAL_GROWTH = "average_annual_growth"
    EVERY_YEAR = "every_year"
    CUMULATIVE_OVER_TERM = "cumulative_over_term"
    REDUCTION_PER_YEAR = "reduction_per_year"
    SHARE_STRUCTURE = "share_structure"
    COUNT_OF_UNITS = "count_of_units"
    OTHER = "other"


class Comparator(StrEnum):
    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    EQ = "="
    RANGE = "range"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"
    WITHIN = "within"


class GrowthInput(StrEnum):
    """What the figures of a growth metric are."""

    RATE = "rate"  # the yearly growth (or reduction) rates, in percent
    LEVEL = "level"  # the levels themselves; rates are derived from consecutive years


class Trend(StrEnum):
    """How a level is projected to the end year."""

    LINEAR = "linear"
    COMPOUND = "compound"


class Group(StrEnum):
    ECONOMY = "economy"
    SOCIETY = "society"
    ENVIRONMENT = "environment"
    DEFENCE_SECURITY = "defence-security"
    PARTY_BUILDING = "party-building"


GROWTH_KINDS = frozenset({Kind.AVERAGE_ANNUAL_GROWTH, Kind.REDUCTION_PER_YEAR})


def derived_direction(comparator: Comparator) -> Direction:
    """The direction a comparator implies when the plan does not say."""
    if comparator in (Comparator.GE, Comparator.GT, Comparator.RANGE):
        return Direction.HIGHER_IS_BETTER
    if comparator in (Comparator.LE, Comparator.LT):
        return Direction.LOWER_IS_BETTER
    return Direction.WITHIN


@dataclass(frozen=True)
class Tolerance:
    """How far short of the bound still counts as "xấp xỉ đạt" (nearly achieved).

    ``absolute`` is in the metric's own unit (0,2 percentage points); ``relative`` is a
    fraction of the bound (0,05 = within 5% of it). The plan sets it; there is none by
    default, because no official tolerance exists.
    """

    absolute: Decimal | None = None
    relative: Decimal | None = None

    def allows(self, shortfall: Decimal, bound: Decimal) -> bool:
        """Whether a value short of ``bound`` by ``shortfall`` is nearly achieved.

        A zero tolerance allows nothing, not even a value exactly at a strict bound.
        """
        if self.absolute and shortfall <= self.absolute:
            return True
        return bool(self.relative) and shortfall <= abs(bound) * self.relative  # type: ignore[operator]


@dataclass(frozen=True)
class ValidRange:
    """The values a metric's figures can plausibly take (either end may be open).

    Not a rule of the evaluation: a figure outside is a warning when it is entered, which
    the reporter confirms and the approver sees (:mod:`chitieu.figures.plausibility`).
    """

    min: Decimal | None = None
    max: Decimal | None = None

    def holds(self, value: Decimal) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True)
class Baseline:
    """A value known for the baseline year, as the seeds or the previous term report it."""

    year: int
    value: Decimal
    stage: str = "official"
    source: str = ""


@dataclass(frozen=True)
class ManualAssessment:
    """A person's judgement of a metric that figures cannot settle (kind ``other``)."""

    status: str  # one of the evaluation statuses: exceeded, achieved, nearly_achieved, not_achieved
    reason: str
    by: str = ""
    on: date | None = None


@dataclass(frozen=True)
class Metric:
    """One measure of a target, judged on its own."""

    id: str
    name: str
    unit: str
    kind: Kind
    comparator: Comparator
    low: Decimal | None
    high: Decimal | None
    end_year: int
    direction: Direction
    input: GrowthInput | None = None
    baseline: Baseline | None = None
    tolerance: Tolerance | None = None
    trend: Trend = Trend.LINEAR
    decimals: int = 2  # the precision computed values are published (and compared) at
    manual: ManualAssessment | None = None
    note: str = ""
    # Plausibility at entry (warnings, never statuses): see chitieu.figures.plausibility.
    valid_range: ValidRange | None = None
    max_change: Decimal | None = None  # from the same period a year earlier, in the unit

    @property
    def bound(self) -> Decimal:
        """The bound that must be reached: the lower end when higher is better, else the upper."""
        if self.direction is Direction.LOWER_IS_BETTER:
            value = self.high if self.high is not None else self.low
        else:
            value = self.low if self.low is not None else self.high
        assert value is not None, f"metric {self.id} has no bound"
        return value

    @property
    def is_manual(self) -> bool:
        return self.kind is Kind.OTHER

    @property
    def is_growth(self) -> bool:
        return self.kind in GROWTH_KINDS


@dataclass(frozen=True)
class Target:
    """A numbered target of the resolution, with its verbatim text."""

    no: int
    text: str
    metrics: tuple[Metric, ...]
    group: Group | None = None
    lead_agency: str = ""
    confidence: float | None = None  # set by the text reader: 1.0 when every word was placed
    unparsed: tuple[str, ...] = ()  # words the text reader could not place


class TaskKind(StrEnum):
    KEY_TASK = "key_task"  # nhiệm vụ trọng tâm ("Một là …")
    BREAKTHROUGH = "breakthrough"  # khâu đột phá
    TASK_GROUP = "task_group"  # nhóm nhiệm vụ, giải pháp


@dataclass(frozen=True)
class Task:
    """A key task, breakthrough or group of tasks named by the resolution."""

    kind: TaskKind
    no: int
    text: str


class BodyKind(StrEnum):
    """Whose document format the plan's review documents follow."""

    PARTY = "party"  # a Party committee (Tỉnh ủy, Huyện ủy …): Hướng dẫn 36-HD/VPTW
    STATE = "state"  # a people's council or committee: Decree 30/2020/NĐ-CP


@dataclass(frozen=True)
class IssuingBody:
    """The body a plan belongs to: its review documents carry that body's header."""

    kind: BodyKind
    name: str  # the body itself: "Tỉnh ủy", "Ủy ban nhân dân tỉnh Lạng Sơn"
    parent: str = ""  # the body above, on the line over the name: "Đảng bộ tỉnh Lạng Sơn"
    code: str = ""  # its part of a document number: "TU" (Số 125-BC/TU), "UBND"


@dataclass(frozen=True)
class Area:
    """The administrative unit the plan is for."""

    code: str
    name: str


@dataclass(frozen=True)
class Plan:
    """A resolution's targets for a term.

    ``baseline_year`` is the last year before the term (its figures are the starting
    point); ``start_year``..``end_year`` are the term's years that count.
    """

    id: str
    title: str
    area: Area
    baseline_year: int
    start_year: int
    end_year: int
    targets: tuple[Target, ...]
    tolerance: Tolerance | None = None
    source: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    tasks: tuple[Task, ...] = ()
    issuing_body: IssuingBody | None = None

    @property
    def term_years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def metrics(self) -> list[Metric]:
        return [m for t in self.targets for m in t.metrics]

    def metric(self, metric_id: str) -> Metric:
        for m in self.metrics():
            if m.id == metric_id:
                return m
        raise KeyError(metric_id)

    def keeping(self, keep: Callable[[Metric], bool]) -> Plan:
        """The plan with only the measures ``keep`` keeps, and the targets left with one."""
        targets = (
            dataclasses.replace(t, metrics=tuple(m for m in t.metrics if keep(m)))
            for t in self.targets
        )
        return dataclasses.replace(self, targets=tuple(t for t in targets if t.metrics))

    def target_of(self, metric_id: str) -> Target:
        for t in self.targets:
            if any(m.id == metric_id for m in t.metrics):
                return t
        raise KeyError(metric_id)
