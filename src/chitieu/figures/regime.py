"""The reporting regime: which periods are reported and the window of data each covers.

Decree 09/2019/NĐ-CP (Art. 12) cuts the data on the 14th of a period's last month: an
annual report covers 15/12 of the previous year to 14/12, a six-month report 15/12 to
14/6. The nine-month report is not in the decree; provinces that use it (as Lạng Sơn's
reviews do) run it 15/12 to 14/9. A province can move the cut-off day and the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from chitieu.figures.periods import Period, PeriodKind


@dataclass(frozen=True)
class Regime:
    """A province's reporting rules: cut-off day, days allowed after it, periods reported."""

    cutoff_day: int = 14
    deadline_days: int = 5  # calendar days after the cut-off to send the report
    kinds: tuple[PeriodKind, ...] = (PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)


@dataclass(frozen=True)
class ReportingWindow:
    """One period to be reported, the data window it covers and its deadline."""

    period: Period
    starts: date  # first day of data (15th of the month before the period)
    cutoff: date  # last day of data
    due: date  # the report must be in by this day


def _month_day(year: int, month: int, day: int) -> date:
    if month == 0:
        year, month = year - 1, 12
    return date(year, month, day)


def window(period: Period, regime: Regime = Regime()) -> ReportingWindow:
    """The data window and deadline of one period under the regime."""
    first_month = {
        PeriodKind.YEAR: 1,
        PeriodKind.NINE_MONTHS: 1,
        PeriodKind.HALF: 1 if period.index == 1 else 7,
        PeriodKind.QUARTER: 3 * period.index - 2,
        PeriodKind.MONTH: period.index,
    }.get(period.kind)
    if first_month is None:
        raise ValueError(f"{period} is not a reporting period")
    day = regime.cutoff_day
    starts = _month_day(period.year, first_month - 1, day) + timedelta(days=1)
    cutoff = date(period.year, period.end_month(), day)
    return ReportingWindow(period, starts, cutoff, cutoff + timedelta(days=regime.deadline_days))


def reporting_windows(
    start_year: int, end_year: int, regime: Regime = Regime()
) -> list[ReportingWindow]:
    """Every period the regime asks for over a term, in the order they fall due."""
    out: list[ReportingWindow] = []
    for year in range(start_year, end_year + 1):
        for kind in regime.kinds:
            if kind is PeriodKind.YEAR:
                periods = [Period(year, kind)]
            elif kind is PeriodKind.NINE_MONTHS:
                periods = [Period(year, kind, 9)]
            elif kind is PeriodKind.HALF:
                periods = [Period(year, kind, 1)]  # H2 is reported as the year
            elif kind is PeriodKind.QUARTER:
                periods = [Period(year, kind, q) for q in range(1, 5)]
            else:
                periods = [Period(year, kind, m) for m in range(1, 13)]
            out.extend(window(p, regime) for p in periods)
    return sorted(out, key=lambda w: (w.cutoff, w.period.months_covered()))


def period_due_on(on: date, windows: list[ReportingWindow]) -> ReportingWindow | None:
    """The period being reported on a date: the first whose deadline has not passed."""
    for w in windows:
        if on <= w.due:
            return w
    return None


def latest_closed(on: date, windows: list[ReportingWindow]) -> ReportingWindow | None:
    """The latest period whose data window closed before ``on``: the latest one whose
    review can be written that day (None before the first one closes)."""
    closed = [w for w in windows if w.cutoff < on]
    return max(closed, key=lambda w: (w.cutoff, w.period.months_covered()), default=None)
