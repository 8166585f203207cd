"""What a measure kind's exact rule works with: one metric's figures and the plan around it.

:mod:`chitieu.evaluation.engine` arranges the figures into a :class:`Series` per metric
and hands each kind (:mod:`chitieu.evaluation.kinds`) a :class:`Context`, whose helpers
are shared by all kinds: rest a result on a figure, judge and round a value, the baseline,
a figure published for the whole term, the part-year figure of a year not yet over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from chitieu.evaluation.explain import Explanation, Verdict
from chitieu.evaluation.provisional import (
    latest_part_year,
    part_year_class,
    part_year_speaks,
    show_part_year,
)
from chitieu.evaluation.results import MetricResult, YearCheck
from chitieu.evaluation.statuses import ForecastClass, Status, judge
from chitieu.figures.model import Figure
from chitieu.figures.vintages import reported_early
from chitieu.rounding import round_half_up
from chitieu.targets.model import Metric, Plan, Tolerance
from chitieu.units.aggregate import UnitScope


@dataclass
class Series:
    """The current figures of one metric, arranged for evaluation."""

    annual: dict[int, Figure] = field(default_factory=dict)  # the plan's area, by year
    term: Figure | None = None  # published for the whole term
    partial: dict[int, Figure] = field(default_factory=dict)  # latest part-year figure
    units: dict[int, list[Figure]] = field(default_factory=dict)  # other units, by year


@dataclass
class Context:
    plan: Plan
    metric: Metric
    series: Series
    tolerance: Tolerance | None
    as_of: date | None = None
    units: UnitScope | None = None
    early: list[Figure] = field(default_factory=list)  # used, though reported early

    @property
    def years(self) -> range:
        return range(self.plan.start_year, self.metric.end_year + 1)

    def use(self, ex: Explanation, f: Figure) -> None:
        """Rest the result on ``f``: listed in the explanation, remembered if early."""
        ex.use(f)
        if reported_early(f) and f not in self.early:
            self.early.append(f)

    def failed_for_good(self, checks: list[YearCheck], from_levels: bool = False) -> bool:
        """A year that must hold every year failed, on figures reported after it ended
        (``from_levels``: and after the year before it, whose level it falls from)."""
        early = {f.period.year for f in self.early if f.period.is_annual}
        return any(
            not c.status.is_met
            and c.year not in early
            and not (from_levels and c.year - 1 in early)
            for c in checks
        )

    def judge(self, value: Decimal) -> Status:
        return judge(value, self.metric, self.tolerance)

    def rounded(self, value: Decimal) -> Decimal:
        return round_half_up(value, self.metric.decimals)

    def result(self, status: Status, ex: Explanation, **kw: object) -> MetricResult:
        if (
            "value" in kw
            and kw["value"] is not None
            and status not in (Status.NO_DATA, Status.MANUAL)
        ):
            verdict = Verdict(status, bool(kw.get("final", False)))
            ex.add("compare", target=self.metric, status=verdict)
        return MetricResult(self.metric, status, explanation=ex, **kw)  # type: ignore[arg-type]

    def no_data(self, ex: Explanation) -> MetricResult:
        ex.add("no_data")
        return MetricResult(self.metric, Status.NO_DATA, explanation=ex)

    def baseline(self) -> tuple[int, Decimal, Figure | None] | None:
        """The level of the baseline year: a figure if reported, else the plan's baseline."""
        f = self.series.annual.get(self.plan.baseline_year)
        if f is not None:
            return (self.plan.baseline_year, f.value, f)
        b = self.metric.baseline
        return (b.year, b.value, None) if b is not None else None

    def term_figures(self, ex: Explanation) -> dict[int, Figure]:
        """The figures of the term's years, each listed in the explanation."""
        values = {y: self.series.annual[y] for y in self.years if y in self.series.annual}
        for f in values.values():
            self.use(ex, f)
        return values

    def missing_years(self, ex: Explanation, done: Iterable[int]) -> None:
        """Name the term's years without a figure before the latest year that has one."""
        done = set(done)
        missing = [y for y in self.years if y < max(done) and y not in done]
        if missing:
            ex.add("missing_years", years=", ".join(map(str, missing)))

    def published_term(self, ex: Explanation, computed: Decimal | None) -> Decimal | None:
        """A figure published for the whole term, shown beside the value computed from years."""
        term = self.series.term
        if term is None:
            return None
        ex.use(term)
        # the value rests on the published figure alone, not on the years shown beside it
        self.early = [term] if reported_early(term) else []
        ex.add(
            "published_term" if computed is not None else "published_term_only",
            value=term.value,
            computed=computed if computed is not None else "–",
            unit=self.metric.unit,
        )
        return term.value

    def part_year_figure(self) -> Figure | None:
        return latest_part_year(self.years, self.series.annual, self.series.partial)

    def show_part_year(self, result: MetricResult) -> None:
        f = self.part_year_figure()
        if f is not None:
            remaining = len([y for y in self.years if y not in self.series.annual])
            show_part_year(result, f, remaining)

    def part_year_signal(self) -> ForecastClass:
        """For yearly rates held so far, what the running year's part-year figure says."""
        f = self.part_year_figure()
        if f is None or not part_year_speaks(self.metric, f.period):
            return ForecastClass.ON_TRACK  # part-year amounts are not comparable to a year's
        return part_year_class(self.metric, f)
