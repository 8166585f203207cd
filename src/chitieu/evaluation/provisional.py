"""Results before a period is over: part-year figures and figures reported early.

A part-year figure (six or nine months) is never judged as the year's value, but for a
rate it says where the year is heading: below the yearly floor in July, the forecast is
"cần nỗ lực lớn" even before any yearly figure exists (a one-year plan, a term's first
year). A figure reported before its period ended (an estimate for the year sent in
November) is provisional: a result built on it is not final, says so in its explanation,
and gets a forecast instead of a verdict. See docs/evaluation.md#provisional-and-final and
docs/figures-format.md#part-year-figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chitieu.evaluation.explain import Explanation, FigureUsed
from chitieu.evaluation.kinds import rule_of
from chitieu.evaluation.results import Forecast, MetricResult
from chitieu.evaluation.statuses import ForecastClass, Status, satisfies
from chitieu.figures.model import Figure
from chitieu.figures.periods import Period
from chitieu.targets.model import Metric
from chitieu.vnnumbers import format_date


def part_year_speaks(metric: Metric, period: Period) -> bool:
    """Whether a part-year figure can be held against the yearly target.

    Rates and shares in % only (six months' hectares are not half a year's target): a
    yearly rate (``every_year``) and a growth rate (``average_annual_growth`` of rates)
    in any year of the term, a level in % (``level_at_end``, ``share_structure``) in its
    end year, when the level reached that year is the one judged.
    """
    return metric.unit.startswith("%") and rule_of(metric).part_year_speaks(metric, period)


def part_year_class(metric: Metric, f: Figure) -> ForecastClass:
    """On track while the part-year figure meets the target, at risk once it misses it."""
    return ForecastClass.ON_TRACK if satisfies(f.value, metric) else ForecastClass.AT_RISK


def part_year_forecast(metric: Metric, f: Figure, remaining: int) -> Forecast:
    """The forecast of a result that has no other: what the part-year figure says."""
    return Forecast(part_year_class(metric, f), "part_year", f.value, None, "", None, remaining)


def latest_part_year(
    years: Iterable[int], annual: Mapping[int, Figure], partial: Mapping[int, Figure]
) -> Figure | None:
    """The latest part-year figure of a term year after the latest yearly figure."""
    done = max(annual, default=0)
    open_years = [y for y in years if y > done and y in partial]
    return partial[max(open_years)] if open_years else None


def show_part_year(result: MetricResult, f: Figure, remaining: int) -> None:
    """Show the latest 6- or 9-month figure of a year not yet reported in full.

    It informs the reader (a 9-month review quotes it) but is never judged as the year's
    value. A result with no other forecast gets the one it gives, when it can be held
    against the yearly target (:func:`part_year_speaks`).
    """
    metric = result.metric
    result.part_year = FigureUsed.of(f)
    result.explanation.use(f)
    result.explanation.add(
        "partial_year", year=f.period.year, period=f.period, value=f.value, unit=metric.unit
    )
    if result.forecast is None and not result.final and part_year_speaks(metric, f.period):
        result.forecast = part_year_forecast(metric, f, remaining)


def note_early(ex: Explanation, early: Iterable[Figure], unit: str) -> None:
    """One step per figure reported before its period ended, oldest period first."""
    for f in sorted(early, key=lambda f: (f.period, f.as_of)):
        ex.add(
            "reported_early",
            period=f.period,
            value=f.value,
            unit=unit,
            stage=f.stage,
            as_of=format_date(f.as_of),
        )


def early_forecast(result: MetricResult, failed_for_good: bool) -> Forecast:
    """A forecast for a result that covers the term on figures reported early.

    A met target is on track; a shortfall is at risk while the figures behind it may
    still change, and off track when a year already over (reported after it ended)
    failed a target that must hold every year.
    """
    if result.status.is_met:
        cls = ForecastClass.ON_TRACK
    elif failed_for_good:
        cls = ForecastClass.OFF_TRACK
    else:
        cls = ForecastClass.AT_RISK
    return Forecast(cls, "early_figure", result.value, None, "", None, 0)


def settle(result: MetricResult, early: list[Figure], failed_for_good: bool) -> None:
    """Name the figures reported early in the explanation; a result they would have made
    final is provisional instead (``reported_early``: that is why it is not final)."""
    if not early or result.status in (Status.NO_DATA, Status.MANUAL):
        return
    note_early(result.explanation, early, result.metric.unit)
    if result.final:
        result.final = False
        result.reported_early = True
        result.explanation.not_final()
        result.forecast = early_forecast(result, failed_for_good)
