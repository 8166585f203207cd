"""The evaluation engine: figures in, a status, a forecast and an explanation out.

The engine works on one plan and the figures of its area (small data, exact decimals).
For millions of figures across many units, :mod:`chitieu.evaluation.bulk` applies the
same rules with Polars.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from chitieu.evaluation.derived import count_units, derive
from chitieu.evaluation.explain import Explanation, Verdict
from chitieu.evaluation.forecasts import cumulative_forecast, growth_forecast, trend_forecast
from chitieu.evaluation.formulas import (
    FormulaError,
    cagr,
    compound_average,
    growth_factor,
    reduction_pct,
)
from chitieu.evaluation.provisional import (
    latest_part_year,
    part_year_class,
    part_year_speaks,
    settle,
    show_part_year,
)
from chitieu.evaluation.results import Forecast, MetricResult, PlanResult, TargetResult, YearCheck
from chitieu.evaluation.statuses import ForecastClass, Status, judge
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.figures.vintages import current_figures, reported_early
from chitieu.targets.model import (
    GrowthInput,
    Kind,
    Metric,
    Plan,
    Target,
    Tolerance,
)
from chitieu.units.aggregate import UnitScope
from chitieu.vnnumbers import format_date, round_half_up


@dataclass
class Series:
    """The current figures of one metric, arranged for evaluation."""

    annual: dict[int, Figure] = field(default_factory=dict)  # the plan's area, by year
    term: Figure | None = None  # published for the whole term
    partial: dict[int, Figure] = field(default_factory=dict)  # latest part-year figure
    units: dict[int, list[Figure]] = field(default_factory=dict)  # other units, by year


def arrange(plan: Plan, current: dict[tuple[str, str, Period], Figure]) -> dict[str, Series]:
    series: dict[str, Series] = {m.id: Series() for m in plan.metrics()}
    for (metric, unit, period), f in current.items():
        s = series.get(metric)
        if s is None:
            continue
        if unit != plan.area.code:
            if period.is_annual:
                s.units.setdefault(period.year, []).append(f)
        elif period.is_term:
            s.term = f
        elif period.is_annual:
            s.annual[period.year] = f
        else:
            best = s.partial.get(period.year)
            # the part-year figure reaching furthest into the year; year-to-date beats a quarter
            if best is None or (period.end_month(), period.months_covered(), f.as_of) > (
                best.period.end_month(),
                best.period.months_covered(),
                best.as_of,
            ):
                s.partial[period.year] = f
    return series


def evaluate_plan(
    plan: Plan,
    figures: Iterable[Figure],
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> PlanResult:
    """Evaluate every target with the figures known on ``as_of`` (all of them by default).

    With ``units``, a ``count_of_units`` measure given per unit is counted over the units
    in force in the scope chosen (see docs/evaluation.md).
    """
    series = arrange(plan, current_figures(figures, as_of))
    targets = [evaluate_target(plan, t, series, as_of, units) for t in plan.targets]
    return PlanResult(plan, as_of, targets)


def evaluate_target(
    plan: Plan,
    target: Target,
    series: dict[str, Series],
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> TargetResult:
    results = [
        evaluate_metric(plan, m, series.get(m.id, Series()), as_of, units) for m in target.metrics
    ]
    return TargetResult(
        target,
        roll_up([r.effective_status for r in results]),
        all(r.final for r in results),
        results,
    )


def roll_up(statuses: list[Status]) -> Status:
    """A target is achieved when all its measures are achieved or exceeded."""
    if all(s is Status.MANUAL for s in statuses):
        return Status.MANUAL
    for worst in (Status.NOT_ACHIEVED, Status.NEARLY_ACHIEVED):
        if worst in statuses:
            return worst
    if any(s in (Status.NO_DATA, Status.MANUAL) for s in statuses):
        return Status.NO_DATA
    return Status.EXCEEDED if all(s is Status.EXCEEDED for s in statuses) else Status.ACHIEVED


def evaluate_metric(
    plan: Plan,
    metric: Metric,
    series: Series,
    as_of: date | None = None,
    units: UnitScope | None = None,
) -> MetricResult:
    ctx = _Context(plan, metric, series, metric.tolerance or plan.tolerance, as_of, units)
    if metric.kind is Kind.OTHER:
        return ctx.manual()
    if metric.kind in (Kind.EVERY_YEAR, Kind.REDUCTION_PER_YEAR):
        result = ctx.every_year()
    elif metric.kind is Kind.AVERAGE_ANNUAL_GROWTH:
        result = ctx.average_growth()
    elif metric.kind is Kind.CUMULATIVE_OVER_TERM:
        result = ctx.cumulative()
    else:
        result = ctx.level()
    ctx.show_part_year(result)
    settle(result, ctx.early, ctx.failed_for_good(result.years))
    derive(result, plan, series, units)
    return result


@dataclass
class _Context:
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

    def failed_for_good(self, checks: list[YearCheck]) -> bool:
        """A year that must hold every year failed, on figures reported after it ended."""
        from_levels = self.metric.kind is Kind.REDUCTION_PER_YEAR and (
            self.metric.input is not GrowthInput.RATE
        )
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

    # -- kinds ---------------------------------------------------------------------------

    def manual(self) -> MetricResult:
        ex = Explanation(formula="assessed by a person")
        m = self.metric.manual
        if m is not None and m.on is not None and self.as_of is not None and m.on > self.as_of:
            m = None  # assessed after the date asked about: not known then
        if m is None:
            ex.add("manual_missing")
            return MetricResult(self.metric, Status.MANUAL, explanation=ex)
        assessed = Status(m.status)
        ex.add("manual", by=m.by or "—", status=assessed, reason=m.reason)
        return MetricResult(
            self.metric, Status.MANUAL, assessed=assessed, final=True, explanation=ex
        )

    def level(self) -> MetricResult:
        m, s = self.metric, self.series
        ex = Explanation(formula="value in the end year")
        values: dict[int, Decimal] = {}
        for y in self.years:
            f = s.annual.get(y)
            if f is not None:
                values[y] = f.value
                self.use(ex, f)
            elif m.kind is Kind.COUNT_OF_UNITS and s.units.get(y):
                values[y] = self.count_units(y, s.units[y], ex)
        if not values:
            return self.no_data(ex)
        last = max(values)
        value = values[last]
        final = last == m.end_year
        if final:
            ex.add("value_of_year", year=last, value=value, unit=m.unit)
        else:
            ex.add("latest_year", end=m.end_year, year=last, value=value, unit=m.unit)
        status = self.judge(value)
        forecast = None if final else trend_forecast(m, self.trend_points(values))
        return self.result(status, ex, value=value, final=final, forecast=forecast)

    def count_units(self, year: int, figures: list[Figure], ex: Explanation) -> Decimal:
        """The units meeting the standard in a year, from the figures of each unit."""
        for f in figures:
            self.use(ex, f)
        c = count_units(year, figures, self.units, self.plan.area.code)
        if c.total is not None and c.scope is not None:  # the registry knows the area's units
            ex.add(
                "counted_units_of",
                year=year,
                met=c.met,
                total=c.total,
                unit=self.metric.unit,
                scope=format_date(c.scope),  # 31/12/2024, as the documents write it
            )
        else:
            ex.add("counted_units", year=year, count=Decimal(c.met))
        return Decimal(c.met)

    def trend_points(self, values: dict[int, Decimal]) -> list[tuple[int, Decimal]]:
        """The yearly values, after the baseline level when it is older than the first."""
        points = sorted(values.items())
        base = self.baseline()
        if base is not None and base[0] < points[0][0]:
            points.insert(0, (base[0], base[1]))
        return points

    def average_growth(self) -> MetricResult:
        m, s = self.metric, self.series
        total = len(self.years)
        ex = Explanation(
            formula="(Π(1+gᵢ))^(1/n) − 1"
            if m.input is GrowthInput.RATE
            else "(L_n / L_0)^(1/n) − 1"
        )
        computed: Decimal | None = None
        factor = Decimal(1)
        done = 0
        try:
            if m.input is GrowthInput.RATE:
                rates = {y: s.annual[y] for y in self.years if y in s.annual}
                for f in rates.values():
                    self.use(ex, f)
                done = len(rates)
                if rates:
                    values = [f.value for f in rates.values()]
                    factor = growth_factor(values)
                    computed = compound_average(values)
                    factors = tuple(Decimal(1) + v / 100 for v in values)
                    ex.add(
                        "compound_average",
                        years=_span(rates),
                        factors=(" × ", factors),
                        n=len(values),
                        value=self.rounded(computed),
                    )
                    missing = [y for y in self.years if y < max(rates) and y not in rates]
                    if missing:
                        ex.add("missing_years", years=", ".join(map(str, missing)))
            else:
                levels = {y: s.annual[y] for y in self.years if y in s.annual}
                base = self.baseline()
                if levels and base is None:
                    ex.add("no_baseline", year=self.plan.baseline_year)
                elif levels and base is not None:
                    base_year, base_value, base_fig = base
                    if base_fig is not None:
                        self.use(ex, base_fig)
                    last = max(levels)
                    self.use(ex, levels[last])
                    # years counted from the baseline level, which may predate the term
                    total, done = m.end_year - base_year, last - base_year
                    computed = cagr(base_value, levels[last].value, last - base_year)
                    factor = levels[last].value / base_value
                    ex.add(
                        "cagr",
                        base_year=base_year,
                        base=base_value,
                        year=last,
                        level=levels[last].value,
                        n=last - base_year,
                        value=self.rounded(computed),
                    )
        except FormulaError as exc:
            ex.add("undefined", reason=str(exc))
            computed = None
        published = self.published_term(
            ex, self.rounded(computed) if computed is not None else None
        )
        if published is None and computed is None:
            return self.no_data(ex)
        value = published if published is not None else self.rounded(computed)  # type: ignore[arg-type]
        if published is None:
            ex.add("rounded", decimals=m.decimals, value=value)
        final = published is not None or done == total
        forecast = None
        if not final and computed is not None and done > 0:
            forecast = growth_forecast(m, computed, factor, done, total)
        return self.result(
            self.judge(value),
            ex,
            value=value,
            computed=computed,
            published=published,
            final=final,
            forecast=forecast,
        )

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

    def cumulative(self) -> MetricResult:
        m, s = self.metric, self.series
        ex = Explanation(formula="Σ values of the term's years")
        values = {y: s.annual[y] for y in self.years if y in s.annual}
        for f in values.values():
            self.use(ex, f)
        computed = sum((f.value for f in values.values()), Decimal(0)) if values else None
        if computed is not None:
            ex.add(
                "sum",
                years=_span(values),
                terms=(" + ", tuple(f.value for f in values.values())),
                value=computed,
                unit=m.unit,
            )
            missing = [y for y in self.years if y < max(values) and y not in values]
            if missing:
                ex.add("missing_years", years=", ".join(map(str, missing)))
        published = self.published_term(ex, computed)
        if published is None and computed is None:
            return self.no_data(ex)
        value = published if published is not None else computed
        assert value is not None
        total, done = len(self.years), len(values)
        final = published is not None or done == total
        forecast = None
        if not final and computed is not None and done > 0:
            forecast = cumulative_forecast(m, computed, done, total)
        return self.result(
            self.judge(value),
            ex,
            value=value,
            computed=computed,
            published=published,
            final=final,
            forecast=forecast,
        )

    def yearly_values(self, ex: Explanation) -> dict[int, Decimal]:
        """The values judged each year: the figures, or the reductions derived from levels."""
        m, s = self.metric, self.series
        if m.kind is Kind.EVERY_YEAR or m.input is GrowthInput.RATE:
            out = {}
            for y in self.years:
                if y in s.annual:
                    self.use(ex, s.annual[y])
                    out[y] = s.annual[y].value
            return out
        out = {}
        base = self.baseline()
        for y in self.years:
            current = s.annual.get(y)
            if current is None:
                continue
            if y - 1 in s.annual:
                previous: Decimal | None = s.annual[y - 1].value
                self.use(ex, s.annual[y - 1])
            elif base is not None and base[0] == y - 1:
                previous = base[1]
            else:
                previous = None
            if previous is None:
                ex.add("missing_years", years=str(y - 1))
                continue
            self.use(ex, current)
            try:
                r = reduction_pct(previous, current.value)
            except FormulaError as exc:
                ex.add("undefined", reason=str(exc))
                continue
            out[y] = self.rounded(r)
            ex.add("reduction", year=y, previous=previous, current=current.value, value=out[y])
        return out

    def every_year(self) -> MetricResult:
        m = self.metric
        ex = Explanation(
            formula="each year: value ⋈ target"
            if m.kind is Kind.EVERY_YEAR
            else "each year: (L_{y−1} − L_y) / L_{y−1} ⋈ target"
        )
        values = self.yearly_values(ex)
        if not values:
            return self.no_data(ex)
        checks = [YearCheck(y, v, self.judge(v)) for y, v in sorted(values.items())]
        held_all = all(c.status.is_met for c in checks)
        early = {f.period.year for f in self.early}
        for c in checks:
            ex.add(
                "year_check",
                year=c.year,
                value=c.value,
                unit=m.unit if m.kind is Kind.EVERY_YEAR else "%",
                status=Verdict(c.status, c.year not in early),  # an early figure: not yet
            )
        statuses = [c.status for c in checks]
        held = sum(1 for st in statuses if st.is_met)
        mean = self.rounded(sum(values.values(), Decimal(0)) / len(values))
        ex.add(
            "years_held",
            held=held,
            total=len(self.years),
            mean=mean,
            unit=m.unit if m.kind is Kind.EVERY_YEAR else "%",
        )
        missing = [y for y in self.years if y < max(values) and y not in values]
        if missing:
            ex.add("missing_years", years=", ".join(map(str, missing)))
        if Status.NOT_ACHIEVED in statuses:
            status = Status.NOT_ACHIEVED
        elif Status.NEARLY_ACHIEVED in statuses:
            status = Status.NEARLY_ACHIEVED
        elif all(st is Status.EXCEEDED for st in statuses):
            status = Status.EXCEEDED
        else:
            status = Status.ACHIEVED
        final = len(values) == len(self.years)
        forecast = None
        if not final:
            remaining = len(self.years) - len(values)
            if held_all:
                cls = self.part_year_signal()
            elif self.failed_for_good(checks):
                cls = ForecastClass.OFF_TRACK  # a year that failed cannot be made good
            else:
                cls = ForecastClass.AT_RISK  # the failed year's figure came before it ended
            forecast = Forecast(
                cls,
                "yearly_record",
                mean,
                m.bound,
                "per_year",
                Decimal(held) / len(values),
                remaining,
            )
        return self.result(
            status, ex, value=mean, computed=mean, final=final, years=checks, forecast=forecast
        )

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


def _span(values: Iterable[int]) -> str:
    years = sorted(values)
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
