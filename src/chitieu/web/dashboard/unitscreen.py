"""The units of a target, screened: how many stand at each status, and who lags.

A province reports some measures commune by commune: listing every vintage of every
commune would make a target page of megabytes. The page shows instead, for the measures
that have per-unit figures, the distribution of the units' statuses, then the units one
page at a time, those lagging on the most measures first, searchable by code or name.

Each unit is judged by the one rule of :func:`chitieu.evaluation.shares.judge_units`,
which the re-evaluation of every unit follows too: a unit holding a share of a cascaded
measure (:class:`~chitieu.web.plans.models.MeasureShare`) against its share, by the
measure's own kind (the engine's status with the share as the target, whence the cascade
page takes its statuses too); any other unit as if it were the plan's area, by the same
vectorised rules (read from tuples, :mod:`..reading`); but a unit without a share of a
count of units does not have "115 communes": it meets the standard or not, judged on its
current figure of the latest year. The page says which rule
each measure's units follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import polars as pl
from django.db.models import Q
from django.utils.translation import pgettext

from chitieu.evaluation.shares import SHARES_SCHEMA, judge_units, judged_by_kind
from chitieu.evaluation.statuses import SHORT, Status
from chitieu.targets.model import Kind, Metric
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.model import Target as CoreTarget
from chitieu.vnnumbers import format_vi
from chitieu.web import commons
from chitieu.web.figures.evaluation import counted_figures
from chitieu.web.figures.reading import unit_frame
from chitieu.web.plans.models import MeasureShare, Plan
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
LAGGING = tuple(s.value for s in SHORT)


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
    key: str
    name: str
    counts: list[tuple[str, str, int]]  # status, label, units
    rule: str  # which rule the units of the measure are judged by


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


def status_label(status: str, kind: Kind, final: bool, lang: str, share: bool = False) -> str:
    """A unit's status as the page words it; against a share of a count of units, met is
    met, not "meets the standard"."""
    if kind is Kind.COUNT_OF_UNITS and not share:
        if status == Status.ACHIEVED.value:
            return pgettext("dashboard", "meets the standard")
        if status == Status.NOT_ACHIEVED.value:
            return pgettext("dashboard", "does not meet the standard")
    return Status(status).label(lang, final)


def rule_text(kind: Kind, shared: int, units: int) -> str:
    """Which rule the ``units`` of a measure are judged by, ``shared`` of them holding a
    share of it."""
    if shared and shared == units:
        return pgettext("dashboard", "each unit against its own share of the measure")
    counted = kind is Kind.COUNT_OF_UNITS
    if not shared:
        if counted:
            return pgettext("dashboard", "whether each unit meets the standard")
        return pgettext("dashboard", "each unit against the measure's target, as the province")
    if counted:
        text = pgettext(
            "dashboard",
            "%(n)s units against their own share; the others: whether they meet the standard",
        )
    else:
        text = pgettext(
            "dashboard",
            "%(n)s units against their own share; the others against the measure's target, "
            "as the province",
        )
    return text % {"n": format_vi(Decimal(shared))}


def shares_of(plan: Plan, keys: list[str]) -> pl.DataFrame:
    """The units' shares of these measures (cascading), in one query."""
    rows = MeasureShare.objects.filter(measure__plan=plan, measure__key__in=keys).values_list(
        "unit_code", "measure__key", "low", "high"
    )
    return pl.DataFrame(
        [(u, k, float(lo), None if hi is None else float(hi)) for u, k, lo, hi in rows],
        schema=SHARES_SCHEMA,
        orient="row",
    )


def _judged(plan: Plan, core: CorePlan, target: CoreTarget, as_of: date | None) -> pl.DataFrame:
    """Per unit and measure of the target, the value judged, its status, and whether it
    was judged against the unit's own share (the rule: :func:`judge_units`)."""
    ids = {m.id for m in target.metrics}
    own = core.keeping(lambda m: m.id in ids)
    shares = shares_of(plan, list(ids))
    keys = [m.id for m in judged_by_kind(own, shares).metrics()]
    frame = unit_frame(plan, keys) if keys else pl.DataFrame()
    counts = any(m.kind is Kind.COUNT_OF_UNITS for m in target.metrics)
    counted = counted_figures(plan, as_of) if counts else []
    return judge_units(own, frame, shares, counted, as_of)


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


def _tallies(rows: pl.DataFrame, shown: list[Metric], final: bool, lang: str) -> list[Tally]:
    """Per measure, how many units stand at each status, and the rule they follow."""
    tally = rows.group_by("metric", "status").len()
    counts = {(r["metric"], r["status"]): r["len"] for r in tally.iter_rows(named=True)}
    per = rows.group_by("metric").agg(units=pl.len(), shared=pl.col("share").sum())
    sizes = {r["metric"]: (r["shared"], r["units"]) for r in per.iter_rows(named=True)}
    out = []
    for m in shown:
        shared, units = sizes[m.id]
        labelled = [
            (
                s.value,
                status_label(s.value, m.kind, final, lang, shared > 0),
                counts[(m.id, s.value)],
            )
            for s in ORDER
            if (m.id, s.value) in counts
        ]
        out.append(Tally(m.id, m.name, labelled, rule_text(m.kind, shared, units)))
    return out


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
    tallies = _tallies(rows, shown, final, lang)
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
            label = status_label(r["status"], kinds[m.id], final, lang, r["share"])
            line.append(Cell(value, r["status"], label))
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
