"""Statuses (đạt, vượt …) and forecast classes.

The strict comparison behind a status is :func:`chitieu.evaluation.bounds.judge`.
"""

from __future__ import annotations

from enum import StrEnum

from chitieu.targets.model import Comparator, Direction, Metric


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
