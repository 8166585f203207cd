"""ECharts options for the dashboards, built as plain dicts and shipped as JSON.

No JavaScript functions travel in the options: ``static/dashboard/charts.js`` adds the
Vietnamese number formatting (1.234,5) to axes, labels and tooltips. Every label that
holds a number is written here in Vietnamese format, whatever the UI language.

The series come from the result (``MetricResult.per_year``, ``counted``): a chart draws
the engine's rates, totals and counts and computes none of them. Values are rounded
half-up here to the places the script shows, so a tooltip says what the documents say.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import pgettext

from chitieu.evaluation.engine import Series
from chitieu.evaluation.kinds import LEVEL_KINDS
from chitieu.evaluation.results import MetricResult, YearPoint
from chitieu.evaluation.statuses import Status, target_text
from chitieu.figures.model import Figure, Stage
from chitieu.targets.model import Kind, Metric
from chitieu.targets.model import Plan as CorePlan
from chitieu.vnnumbers import format_date, round_half_up
from chitieu.web.dashboard.present import (
    GroupRow,
    Kpi,
    required_text,
    stage_label,
    ui_lang,
    with_unit,
)

# The same colours as the status badges of chitieu.css.
STATUS_COLOURS = {
    Status.EXCEEDED: "#1b7f3b",
    Status.ACHIEVED: "#2e9e4f",
    Status.NEARLY_ACHIEVED: "#c98a00",
    Status.NOT_ACHIEVED: "#c0392b",
    Status.NO_DATA: "#8a96a3",
    Status.MANUAL: "#8a96a3",
}
ACTUAL = "#1f5fa8"
PROJECTION = "#6b7785"
REQUIRED = "#b3261e"
BAND = "rgba(46, 158, 79, 0.14)"

# The places charts.js shows a number at (its default, sent as "decimals").
PLACES = 2


def _float(value: Decimal) -> float:
    """A value for the chart, rounded half-up (6,25 → 6,3 at one place, never 6,2)."""
    return float(round_half_up(value, PLACES))


def _item(value: Decimal, stage: str = "", status: Status | None = None) -> dict[str, Any]:
    """A data item; the stage note ("ước") shows in the tooltip, estimates hollow."""
    item: dict[str, Any] = {"value": _float(value)}
    if stage and stage != Stage.OFFICIAL.value:
        item["note"] = stage_label(stage)
        item["symbol"] = "emptyCircle"
        item["symbolSize"] = 9
    if status is not None:
        item["itemStyle"] = {"color": STATUS_COLOURS[status]}
        if item.get("note"):
            item["itemStyle"]["opacity"] = 0.6
    return item


def nice_bounds(values: Iterable[float], include_zero: bool = False) -> tuple[float, float]:
    """Axis bounds on round numbers around every value (the target band included).

    ECharts leaves mark areas out of its automatic extent, so a band above the data
    would be cut off; fixing the bounds here keeps it in view.
    """
    vals = list(values) + ([0.0] if include_zero else [])
    if not vals:
        return (0.0, 1.0)
    lo, hi = min(vals), max(vals)
    span = hi - lo or abs(hi) or 1.0
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    low = math.floor((lo - span * 0.05) / step) * step
    high = math.ceil((hi + span * 0.05) / step) * step
    if include_zero and lo >= 0:
        low = max(low, 0.0)
    return (round(low, 10), round(high, 10))


def _band(metric: Metric) -> dict[str, Any]:
    """The target drawn on a series: an area for a range, a line for a single bound."""
    label = pgettext("dashboard", "Target %(target)s") % {"target": target_text(metric, "vi")}
    if metric.low is not None and metric.high is not None and metric.low != metric.high:
        return {
            "markArea": {
                "silent": True,
                "itemStyle": {"color": BAND},
                "label": {
                    "show": True,
                    "position": "insideTopLeft",
                    "formatter": label,
                    "color": STATUS_COLOURS[Status.EXCEEDED],
                },
                "data": [
                    [
                        {"yAxis": _float(metric.low), "name": label},
                        {"yAxis": _float(metric.high)},
                    ]
                ],
            }
        }
    bound = metric.low if metric.low is not None else metric.high
    assert bound is not None
    return {
        "markLine": {
            "silent": True,
            "symbol": "none",
            "lineStyle": {"color": STATUS_COLOURS[Status.ACHIEVED], "width": 2},
            "label": {
                "position": "insideEndTop",
                "formatter": label,
                "color": STATUS_COLOURS[Status.EXCEEDED],
            },
            "data": [{"yAxis": _float(bound), "name": label}],
        }
    }


def _band_values(metric: Metric) -> list[float]:
    return [_float(v) for v in (metric.low, metric.high) if v is not None]


class _Chart:
    """Collects the series of one measure's chart over its years."""

    def __init__(self, metric: Metric, first_year: int) -> None:
        self.metric = metric
        self.years = list(range(first_year, metric.end_year + 1))
        self.series: list[dict[str, Any]] = []
        self.plotted: list[float] = _band_values(metric)
        self.from_zero = False  # amounts start the axis at zero; rates and shares zoom in

    def line(
        self,
        name: str,
        points: dict[int, dict[str, Any]],
        *,
        dashed: bool = False,
        colour: str = ACTUAL,
        band: bool = False,
        bar: bool = False,
        labels: bool = True,
    ) -> None:
        data = [points.get(y) for y in self.years]
        self.plotted += [p["value"] for p in points.values()]
        s: dict[str, Any] = {
            "name": name,
            "type": "bar" if bar else "line",
            "data": data,
            "itemStyle": {"color": colour},
        }
        if bar:
            s["barMaxWidth"] = 36
        else:
            s["connectNulls"] = True
            s["lineStyle"] = {"color": colour, "width": 2, "type": "dashed" if dashed else "solid"}
            s["symbolSize"] = 7
        if labels and not dashed:
            s["label"] = {"show": True, "position": "top"}
        if band:
            s.update(_band(self.metric))
        self.series.append(s)

    def scatter(self, name: str, points: dict[int, dict[str, Any]], colour: str) -> None:
        if not points:
            return
        self.plotted += [p["value"] for p in points.values()]
        self.series.append(
            {
                "name": name,
                "type": "scatter",
                "data": [points.get(y) for y in self.years],
                "symbol": "diamond",
                "symbolSize": 11,
                "itemStyle": {"color": colour},
            }
        )

    def option(self) -> dict[str, Any]:
        low, high = nice_bounds(self.plotted, include_zero=self.from_zero)
        unit = self.metric.unit
        return {
            "unit": unit,
            "option": {
                "animation": False,
                "grid": {"left": 8, "right": 16, "top": 56, "bottom": 8, "containLabel": True},
                "legend": {"type": "scroll", "top": 0},
                "tooltip": {"trigger": "axis"},
                "xAxis": {"type": "category", "data": [str(y) for y in self.years]},
                "yAxis": {"type": "value", "name": unit, "min": low, "max": high},
                "series": self.series,
            },
        }


def _baseline(plan: CorePlan, metric: Metric, series: Series) -> YearPoint | None:
    f = series.annual.get(plan.baseline_year)
    if f is not None:
        return YearPoint(plan.baseline_year, f.value, f.stage.value)
    b = metric.baseline
    return YearPoint(b.year, b.value, b.stage) if b is not None else None


def _level_items(result: MetricResult) -> dict[int, dict[str, Any]]:
    """Each year's level; a count of units says how many of the units in force on which day."""
    counted = {c.year: c for c in result.counted}
    items: dict[int, dict[str, Any]] = {}
    for p in result.per_year:
        item = _item(p.value, p.stage)
        c = counted.get(p.year)
        if c is not None and c.total is not None and c.scope is not None:
            of = pgettext(
                "dashboard", "%(met)s of %(total)s units meet the standard (units as of %(day)s)"
            ) % {
                "met": c.met,
                "total": c.total,
                "day": format_date(c.scope),
            }
            item["note"] = f"{item['note']} · {of}" if "note" in item else of
        items[p.year] = item
    return items


def _partial(chart: _Chart, series: Series, done: Iterable[int], lang: str) -> None:
    """Part-year figures of years not yet reported in full, shown but not judged."""
    done = set(done)
    points: dict[int, dict[str, Any]] = {}
    for year, f in series.partial.items():
        if year in done or year not in chart.years:
            continue
        note = f.period.label(lang)
        if f.stage is not Stage.OFFICIAL:
            note += f" · {stage_label(f.stage.value)}"
        points[year] = {"value": _float(f.value), "note": note}
    chart.scatter(pgettext("dashboard", "Part-year figure (not judged)"), points, PROJECTION)


def _level_chart(plan: CorePlan, result: MetricResult, series: Series, lang: str) -> _Chart:
    m = result.metric
    points = {p.year: p for p in result.per_year}
    base = _baseline(plan, m, series)
    first = base.year if base is not None and base.year < plan.start_year else plan.start_year
    chart = _Chart(m, first)
    actual = _level_items(result)
    if base is not None and base.year in chart.years and base.year not in actual:
        actual[base.year] = _item(base.value, base.stage)
    chart.line(m.name, actual, band=True)
    f = result.forecast
    if points and f is not None and not result.final:
        last = max(points)
        start = {last: _item(points[last].value)}
        if f.projected is not None and f.method.startswith("trend"):
            chart.line(
                pgettext("dashboard", "Trend to %(year)s: %(value)s")
                % {"year": m.end_year, "value": with_unit(f.projected, m.unit, trim=2)},
                start | {m.end_year: _item(f.projected)},
                dashed=True,
                colour=PROJECTION,
            )
        if f.required is not None and f.remaining_years:
            goal = points[last].value + f.required * f.remaining_years
            chart.line(
                pgettext("dashboard", "Required: %(amount)s") % {"amount": required_text(result)},
                start | {m.end_year: _item(goal)},
                dashed=True,
                colour=REQUIRED,
            )
    _partial(chart, series, points, lang)
    return chart


def _growth_chart(plan: CorePlan, result: MetricResult, series: Series, lang: str) -> _Chart:
    m = result.metric
    chart = _Chart(m, plan.start_year)
    rates = {p.year: p for p in result.per_year}  # the engine's yearly rates
    chart.line(
        pgettext("dashboard", "Yearly rate"),
        {y: _item(p.value, p.stage) for y, p in rates.items()},
        band=True,
        bar=True,
    )
    f = result.forecast
    span = range(plan.start_year, m.end_year + 1)
    if result.final and result.value is not None:
        chart.line(
            pgettext("dashboard", "Average: %(value)s") % {"value": with_unit(result.value, "%")},
            {y: _item(result.value) for y in span},
            dashed=True,
            colour=PROJECTION,
        )
    elif f is not None and f.projected is not None and f.method != "part_year":
        # (a part-year rate is shown as such by _partial, never as an average so far)
        chart.line(
            pgettext("dashboard", "Average so far, continued to %(year)s: %(value)s")
            % {"year": m.end_year, "value": with_unit(f.projected, "%", trim=2)},
            {y: _item(f.projected) for y in span},
            dashed=True,
            colour=PROJECTION,
        )
    if f is not None and f.required is not None and rates and f.remaining_years:
        last = max(rates)
        chart.line(
            pgettext("dashboard", "Required in the remaining years: %(amount)s")
            % {"amount": required_text(result)},
            {y: _item(f.required) for y in span if y > last},
            dashed=True,
            colour=REQUIRED,
        )
    _partial(chart, series, rates, lang)
    return chart


def _yearly_chart(plan: CorePlan, result: MetricResult, series: Series, lang: str) -> _Chart:
    """Every-year and reduction measures: each year's value, coloured by its status."""
    m = result.metric
    chart = _Chart(m, plan.start_year)
    statuses = {c.year: c.status for c in result.years}
    name = pgettext("dashboard", "Reduction") if m.kind is Kind.REDUCTION_PER_YEAR else m.name
    chart.line(
        name,
        {p.year: _item(p.value, p.stage, statuses[p.year]) for p in result.per_year},
        band=True,
        bar=True,
    )
    if m.kind is Kind.EVERY_YEAR:
        _partial(chart, series, (c.year for c in result.years), lang)
    return chart


def _cumulative_chart(plan: CorePlan, result: MetricResult, series: Series, lang: str) -> _Chart:
    m = result.metric
    chart = _Chart(m, plan.start_year)
    chart.from_zero = True
    yearly = {
        y: series.annual[y] for y in range(plan.start_year, m.end_year + 1) if y in series.annual
    }
    chart.line(
        pgettext("dashboard", "Yearly amount"),
        {y: _item(f.value, f.stage.value) for y, f in yearly.items()},
        bar=True,
        colour=PROJECTION,
        labels=False,  # the running total's labels say enough; both would overlap
    )
    running = {p.year: p.value for p in result.per_year}  # the engine's running total
    chart.line(
        pgettext("dashboard", "Total so far"), {y: _item(v) for y, v in running.items()}, band=True
    )
    f = result.forecast
    if running and f is not None and not result.final:
        last = max(running)
        start = {last: _item(running[last])}
        if f.projected is not None:
            chart.line(
                pgettext("dashboard", "At this pace in %(year)s: %(value)s")
                % {"year": m.end_year, "value": with_unit(f.projected, m.unit, trim=2)},
                start | {m.end_year: _item(f.projected)},
                dashed=True,
                colour=PROJECTION,
            )
        if f.required is not None and f.remaining_years:
            chart.line(
                pgettext("dashboard", "Required: %(amount)s") % {"amount": required_text(result)},
                start | {m.end_year: _item(running[last] + f.required * f.remaining_years)},
                dashed=True,
                colour=REQUIRED,
            )
    if series.term is not None:
        term: Figure = series.term
        chart.scatter(
            pgettext("dashboard", "Published for the term"),
            {m.end_year: _item(term.value, term.stage.value)},
            STATUS_COLOURS[Status.ACHIEVED],
        )
    return chart


def measure_chart(plan: CorePlan, result: MetricResult, series: Series) -> dict[str, Any] | None:
    """The chart of one measure's yearly series, its target and where it is heading.

    None for kind "other": a person's assessment has no series to draw.
    """
    kind = result.metric.kind
    lang = ui_lang()
    if kind is Kind.OTHER:
        return None
    if kind in LEVEL_KINDS:
        chart = _level_chart(plan, result, series, lang)
    elif kind is Kind.AVERAGE_ANNUAL_GROWTH:
        chart = _growth_chart(plan, result, series, lang)
    elif kind is Kind.CUMULATIVE_OVER_TERM:
        chart = _cumulative_chart(plan, result, series, lang)
    else:
        chart = _yearly_chart(plan, result, series, lang)
    return chart.option() | {"decimals": PLACES}


def groups_chart(groups: list[GroupRow], kpis: list[Kpi]) -> dict[str, Any]:
    """A stacked bar per group of targets: how many are in each status."""
    series = []
    for i, kpi in enumerate(kpis):
        counts = [g.counts[i] or None for g in groups]  # no "0" label on an empty segment
        if not any(counts):
            continue
        series.append(
            {
                "name": kpi.label,
                "type": "bar",
                "stack": "targets",
                "data": counts,
                "itemStyle": {"color": STATUS_COLOURS[Status(kpi.status)]},
                "label": {"show": True},
                "barMaxWidth": 28,
            }
        )
    return {
        "unit": "",
        "decimals": 0,
        "option": {
            "animation": False,
            "grid": {"left": 8, "right": 16, "top": 32, "bottom": 8, "containLabel": True},
            "legend": {"type": "scroll", "top": 0},
            "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
            "xAxis": {"type": "value", "minInterval": 1},
            "yAxis": {"type": "category", "inverse": True, "data": [g.label for g in groups]},
            "series": series,
        },
    }
