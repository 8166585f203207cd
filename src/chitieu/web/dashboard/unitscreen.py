"""The units of a target, screened: how many stand at each status, and who lags.

A province reports some measures commune by commune: listing every vintage of every
commune would make a target page of megabytes. The page shows instead, for the measures
that have per-unit figures, the distribution of the units' statuses, then the units one
page at a time, those lagging on the most measures first, searchable by code or name.

Each unit is judged as if it were the plan's area by the vectorised rules
(:func:`chitieu.evaluation.bulk.evaluate_frame`, read from tuples, :mod:`..reading`). A
count of units is different: a unit does not have "115 communes"; it meets the standard
or not (:func:`chitieu.units.aggregate.meets_standard`, the rule the count uses), judged on
its current figure of the latest year.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import polars as pl
from django.db.models import Q
from django.utils.translation import pgettext

from chitieu.evaluation.bulk import evaluate_frame
from chitieu.evaluation.statuses import Status
from chitieu.figures.model import Figure
from chitieu.targets.model import Kind, Metric
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.model import Target as CoreTarget
from chitieu.units.aggregate import meets_standard
from chitieu.vnnumbers import format_vi
from chitieu.web import commons
from chitieu.web.figures.evaluation import counted_figures
from chitieu.web.figures.reading import unit_frame
from chitieu.web.plans.models import Plan
from chitieu.web.units.models import AdminUnit

PER_PAGE = 50
MAX_QUERY = 100  # characters of a search: a name or a code is far shorter
# Lagging first: the order the list and the distribution follow.
ORDER = (
    Status.NOT_ACHIEVED,
    Status.NEARLY_ACHIEVED,
    Status.NO_DATA,
    Status.MANUAL,
    Status.ACHIEVED,
    Status.EXCEEDED,
)
LAGGING = (Status.NOT_ACHIEVED.value, Status.NEARLY_ACHIEVED.value)
SCHEMA = {"unit_code": pl.String, "metric": pl.String, "value": pl.Float64, "status": pl.String}


@dataclass(frozen=True)
class Cell:
    value: str
    status: str
    label: str


@dataclass(frozen=True)
class UnitLine:
    code: str
    name: str
    cells: list[Cell]


@dataclass(frozen=True)
class Tally:
    name: str
    counts: list[tuple[str, str, int]]  # status, label, units


@dataclass(frozen=True)
class UnitScreen:
    measures: list[str]  # the names heading the columns
    tallies: list[Tally]
    lines: list[UnitLine]
    units: int  # units with per-unit figures
    found: int  # of them, those the search finds
    page: int
    pages: int
    query: str


def status_label(status: str, kind: Kind, final: bool, lang: str) -> str:
    if kind is Kind.COUNT_OF_UNITS:
        if status == Status.ACHIEVED.value:
            return pgettext("dashboard", "meets the standard")
        if status == Status.NOT_ACHIEVED.value:
            return pgettext("dashboard", "does not meet the standard")
    return Status(status).label(lang, final)


def counted_frame(figures: list[Figure], metrics: list[Metric]) -> pl.DataFrame:
    """Per unit and count measure: the latest year's current figure, met or not."""
    ids = {m.id for m in metrics if m.kind is Kind.COUNT_OF_UNITS}
    latest: dict[tuple[str, str], Figure] = {}
    for f in figures:
        key = (f.unit_code, f.metric)
        if f.metric not in ids or not f.period.is_annual:
            continue
        if key not in latest or f.period.year > latest[key].period.year:
            latest[key] = f
    met, missed = Status.ACHIEVED.value, Status.NOT_ACHIEVED.value
    rows = [
        (unit, metric, float(f.value), met if meets_standard(f.value) else missed)
        for (unit, metric), f in latest.items()
    ]
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def _judged(plan: Plan, core: CorePlan, target: CoreTarget, as_of: date | None) -> pl.DataFrame:
    """Per unit and measure of the target, the value judged and its status."""
    judged = [m for m in target.metrics if m.kind is not Kind.COUNT_OF_UNITS]
    parts = [pl.DataFrame(schema=SCHEMA)]
    if len(judged) < len(target.metrics) and (counted := counted_figures(plan, as_of)):
        parts.append(counted_frame(counted, list(target.metrics)))
    if judged:
        frame = unit_frame(plan, [m.id for m in judged])
        if frame.height:
            only = dataclasses.replace(
                core, targets=(dataclasses.replace(target, metrics=tuple(judged)),)
            )
            parts.append(evaluate_frame(only, frame, as_of).select(SCHEMA.keys()))
    return pl.concat(parts)


def unit_names(codes: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name in (
        AdminUnit.objects.filter(code__in=codes).order_by("valid_from").values_list("code", "name")
    ):
        out[code] = name  # the latest interval wins
    return out


def _found(units: pl.Series, query: str) -> pl.Series:
    """The units whose code or name holds the text searched (any case)."""
    if not query:
        return units
    named = AdminUnit.objects.filter(Q(name__icontains=query) | Q(code__icontains=query))
    codes = set(named.values_list("code", flat=True))
    lowered = query.casefold()
    return units.filter(
        units.str.to_lowercase().str.contains(lowered, literal=True) | units.is_in(codes)
    )


def unit_screen(
    plan: Plan,
    core: CorePlan,
    target: CoreTarget,
    as_of: date | None,
    query: str,
    page: int,
    lang: str,
) -> UnitScreen | None:
    """The screen of the target's units; None when no measure has per-unit figures."""
    rows = _judged(plan, core, target, as_of)
    if rows.height == 0:
        return None
    final = (as_of or commons.today()) > date(core.end_year, 12, 31)
    kinds = {m.id: m.kind for m in target.metrics}
    shown = [m for m in target.metrics if m.id in set(rows.get_column("metric").unique())]
    tally = rows.group_by("metric", "status").len()
    counts = {(r["metric"], r["status"]): r["len"] for r in tally.iter_rows(named=True)}
    tallies = [
        Tally(
            m.name,
            [
                (s.value, status_label(s.value, m.kind, final, lang), counts[(m.id, s.value)])
                for s in ORDER
                if (m.id, s.value) in counts
            ],
        )
        for m in shown
    ]
    order = (
        rows.group_by("unit_code")
        .agg(lag=pl.col("status").is_in(LAGGING).sum())
        .sort(["lag", "unit_code"], descending=[True, False])
    )
    query = query.strip()[:MAX_QUERY]
    found = _found(order.get_column("unit_code"), query)
    pages = max(1, -(-found.len() // PER_PAGE))
    page = min(max(page, 1), pages)
    codes = found.slice((page - 1) * PER_PAGE, PER_PAGE).to_list()
    names = unit_names(codes)
    cells = {
        (r["unit_code"], r["metric"]): r
        for r in rows.filter(pl.col("unit_code").is_in(codes)).iter_rows(named=True)
    }
    lines = []
    for code in codes:
        line = []
        for m in shown:
            r = cells.get((code, m.id))
            if r is None:
                line.append(Cell("", Status.NO_DATA.value, Status.NO_DATA.label(lang)))
                continue
            value = "" if r["value"] is None else format_vi(Decimal(repr(r["value"])).normalize())
            line.append(
                Cell(value, r["status"], status_label(r["status"], kinds[m.id], final, lang))
            )
        lines.append(UnitLine(code, names.get(code, code), line))
    return UnitScreen(
        [m.name for m in shown],
        tallies,
        lines,
        order.height,
        found.len(),
        page,
        pages,
        query,
    )
