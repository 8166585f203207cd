"""Statuses (đạt, vượt …) and forecast classes, and the strict comparison behind them."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from chitieu.targets.model import Comparator, Direction, Metric, Tolerance


class Status(StrEnum):
    EXCEEDED = "exceeded"
    ACHIEVED = "achieved"
    NEARLY_ACHIEVED = "nearly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NO_DATA = "no_data"
    MANUAL = "manual"

    def label(self, lang: str = "vi", final: bool = True) -> str:
        """The status as reports write it; a shortfall before the end is "chưa đạt" (not yet)."""
        if self is Status.NOT_ACHIEVED and not final:
            return "chưa đạt" if lang == "vi" else "not yet achieved"
        return _STATUS_LABELS[self][0 if lang == "vi" else 1]

    @property
    def is_met(self) -> bool:
        """Achieved or exceeded: what the headline "đạt và vượt X/Y" counts."""
        return self in (Status.EXCEEDED, Status.ACHIEVED)


_STATUS_LABELS = {
    Status.EXCEEDED: ("vượt", "exceeded"),
    Status.ACHIEVED: ("đạt", "achieved"),
    Status.NEARLY_ACHIEVED: ("xấp xỉ đạt", "nearly achieved"),
    Status.NOT_ACHIEVED: ("không đạt", "not achieved"),
    Status.NO_DATA: ("chưa có số liệu", "no data"),
    Status.MANUAL: ("đánh giá thủ công", "assessed by a person"),
}


class ForecastClass(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"

    def label(self, lang: str = "vi") -> str:
        return _FORECAST_LABELS[self][0 if lang == "vi" else 1]


_FORECAST_LABELS = {
    ForecastClass.ON_TRACK: ("có khả năng đạt", "on track"),
    ForecastClass.AT_RISK: ("cần nỗ lực lớn", "at risk"),
    ForecastClass.OFF_TRACK: ("khó đạt", "off track"),
}


def judge(value: Decimal, metric: Metric, tolerance: Tolerance | None = None) -> Status:
    """Compare a value with a metric's target, strictly, as Vietnamese reviews do.

    64,5 against "đạt 65%" is not achieved; 4,39 against "dưới 4%" is not. A value beyond
    the best end of the target (above a range, above a "≥" point) is exceeded. A value
    short of the target is nearly achieved only within a tolerance the plan sets.
    """
    comp, direction, low, high = metric.comparator, metric.direction, metric.low, metric.high

    def short(distance: Decimal, bound: Decimal) -> Status:
        if tolerance is not None and tolerance.allows(distance, bound):
            return Status.NEARLY_ACHIEVED
        return Status.NOT_ACHIEVED

    if comp is Comparator.EQ:
        assert low is not None
        if direction is Direction.HIGHER_IS_BETTER:
            comp = Comparator.GE
        elif direction is Direction.LOWER_IS_BETTER:
            comp, high, low = Comparator.LE, low, None
        elif value == low:
            return Status.ACHIEVED
        else:
            return short(abs(value - low), low)

    if comp in (Comparator.GE, Comparator.GT):
        assert low is not None
        if value > low:
            return Status.EXCEEDED if comp is Comparator.GE else Status.ACHIEVED
        if value == low and comp is Comparator.GE:
            return Status.ACHIEVED
        return short(low - value, low)
    if comp in (Comparator.LE, Comparator.LT):
        assert high is not None
        if value < high:
            return Status.EXCEEDED if comp is Comparator.LE else Status.ACHIEVED
        if value == high and comp is Comparator.LE:
            return Status.ACHIEVED
        return short(value - high, high)

    assert low is not None and high is not None
    if low <= value <= high:
        return Status.ACHIEVED
    if direction is Direction.HIGHER_IS_BETTER:
        return Status.EXCEEDED if value > high else short(low - value, low)
    if direction is Direction.LOWER_IS_BETTER:
        return Status.EXCEEDED if value < low else short(value - high, high)
    return short(low - value, low) if value < low else short(value - high, high)


def satisfies(value: Decimal, metric: Metric) -> bool:
    """Whether a value meets the target (achieved or exceeded)."""
    return judge(value, metric).is_met


def target_text(metric: Metric, lang: str = "vi") -> str:
    """The target as people write it: "7–7,5%", "≥ 9.000 ha", "< 3%"."""
    from chitieu.vnnumbers import format_vi

    loc = "vi" if lang == "vi" else "en"
    unit = metric.unit
    sep = "" if unit.startswith("%") else " "
    if metric.kind.value == "other":
        return "—"
    low = format_vi(metric.low, locale=loc) if metric.low is not None else ""
    high = format_vi(metric.high, locale=loc) if metric.high is not None else ""
    comp = metric.comparator
    if comp is Comparator.RANGE:
        return f"{low}–{high}{sep}{unit}"
    if comp is Comparator.EQ:
        prefix = {Direction.HIGHER_IS_BETTER: "≥ ", Direction.LOWER_IS_BETTER: "≤ "}.get(
            metric.direction, ""
        )
        return f"{prefix}{low}{sep}{unit}"
    symbol = {Comparator.GE: "≥", Comparator.GT: ">", Comparator.LE: "≤", Comparator.LT: "<"}[comp]
    return f"{symbol} {low or high}{sep}{unit}"
