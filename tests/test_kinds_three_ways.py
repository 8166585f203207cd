"""Every kind × comparator × direction gives the same status and value three ways: the
exact engine, the bulk (Polars) evaluator and the review workbook's Excel formulas.

A reader of the workbook, a screening of 2.000 communes and the dashboard must never
disagree on whether a target is met. Each plan below holds one metric per kind and
comparator (the table of tests/test_kind_comparator_matrix.py), all fed figures that make
the kind's value exactly v; v runs over values below, on and above each bound (a strict
and a non-strict bound alike), a zero and a negative value (a fall, for growth), with no
tolerance, an absolute one, a relative one and a zero one. The workbook is written to a
real .xlsx, read back, and its formulas computed (tests/xlsx_formulas.py).
"""

from __future__ import annotations

import dataclasses
import functools
import io
from decimal import Decimal as D
from typing import Any

import openpyxl
import pytest

from chitieu.evaluation.bulk import evaluate_frame
from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.kinds import REGISTRY
from chitieu.evaluation.statuses import Status
from chitieu.figures.model import Figure
from chitieu.reports import build_review, render
from chitieu.targets.model import Kind, Plan
from tests.helpers import fig, make_plan
from tests.test_bulk_matches_engine import to_frame
from tests.test_kind_comparator_matrix import KINDS, SPECS, YEARS, figures_for
from tests.xlsx_formulas import Workbook

E, A, NE, N = (
    Status.EXCEEDED,
    Status.ACHIEVED,
    Status.NEARLY_ACHIEVED,
    Status.NOT_ACHIEVED,
)
# The kinds of the matrix, and growth computed from levels.
ALL_KINDS = {**KINDS, "growth_level": {"kind": "average_annual_growth", "input": "level"}}
TOLERANCES: dict[str, dict[str, str] | None] = {
    "none": None,
    "absolute 0,2": {"absolute": "0.2"},
    "relative 5%": {"relative": "0.05"},
    "zero": {"absolute": "0"},
}
# Bounds are 10 (low) and 20 (high).
EVERY_VALUE = ["-5", "0", "5", "9.9", "10", "15", "20", "20.2", "25"]
NEAR_BOUNDS = ["9.5", "9.8", "10", "20", "21"]


def growth_levels(v: D) -> list[Figure]:
    """Levels growing by v% a year from 1.000 in 2020."""
    out, level = [fig("m", "2020", "1000")], D(1000)
    for y in YEARS:
        level = level * (1 + v / 100)
        out.append(fig("m", str(y), level))
    return out


def plan_and_figures(v: str, tolerance: dict[str, str] | None) -> tuple[Plan, list[Figure]]:
    metrics: list[dict[str, Any]] = []
    figures: list[Figure] = []
    for kind, kind_fields in ALL_KINDS.items():
        value = D(v)
        given = growth_levels(value) if kind == "growth_level" else figures_for(kind, value)
        for i, (bounds, _) in enumerate(SPECS.values()):
            mid = f"{kind}-{i}"
            metrics.append({"id": mid, "decimals": 1, **kind_fields, **bounds})
            figures += [dataclasses.replace(f, metric=mid) for f in given]
    extra = {"tolerance": tolerance} if tolerance else {}
    return make_plan(*metrics, **extra), figures


def engine(plan: Plan, figures: list[Figure]) -> dict[str, tuple[Status, float | None]]:
    result = evaluate_plan(plan, figures)
    return {
        r.metric.id: (r.status, None if r.value is None else float(r.value))
        for t in result.targets
        for r in t.metrics
    }


def bulk(plan: Plan, figures: list[Figure]) -> dict[str, tuple[Status, float | None]]:
    rows = evaluate_frame(plan, to_frame(figures)).iter_rows(named=True)
    return {r["metric"]: (Status(r["status"]), r["value"]) for r in rows}


def excel(plan: Plan, figures: list[Figure]) -> dict[str, tuple[Status, float | None]]:
    """The status and the value judged, as the workbook's formulas compute them."""
    data = render(build_review(plan, figures, "2025", kind="final"), "xlsx")
    book = Workbook(openpyxl.load_workbook(io.BytesIO(data)))
    statuses = {s.label("vi"): s for s in Status}
    out = {}
    for target, ws in zip(plan.targets, book.wb.worksheets[1:], strict=True):
        rows = {ws[f"A{r}"].value: r for r in range(1, ws.max_row + 1)}
        status = book.value(ws.title, f"B{rows['Đánh giá (chitieu)']}")
        value = book.value(ws.title, f"B{rows['Kết quả đánh giá']}")
        out[target.metrics[0].id] = (statuses[status], value)
    return out


Results = dict[str, tuple[Status, float | None]]


@functools.cache
def three_ways(v: str, tolerance: str) -> tuple[Results, Results, Results]:
    """The results of the engine, the bulk evaluator and the workbook (computed once)."""
    plan, figures = plan_and_figures(v, TOLERANCES[tolerance])
    return engine(plan, figures), bulk(plan, figures), excel(plan, figures)


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


CASES = [(v, "none") for v in EVERY_VALUE] + [
    (v, tol) for tol in TOLERANCES if tol != "none" for v in NEAR_BOUNDS
]


@pytest.mark.parametrize("v, tolerance", CASES, ids=[f"{v} {t}" for v, t in CASES])
def test_the_engine_the_bulk_evaluator_and_the_workbook_agree(v: str, tolerance: str) -> None:
    exact, vectorised, workbook = three_ways(v, tolerance)
    assert len(exact) == len(ALL_KINDS) * len(SPECS)
    for mid, (status, value) in exact.items():
        assert status in (E, A, NE, N), (mid, status)  # every metric has a value to judge
        assert vectorised[mid] == (status, value), (mid, "bulk")
        got_status, got_value = workbook[mid]
        assert got_status is status, (mid, "excel", got_status, status)
        assert _same_value(got_value, value), (mid, "excel", got_value, value)


# Hand-written: a handful of cases whose status is known without the code.
HAND = [
    # (kind, spec, v, tolerance, status)
    ("cumulative_over_term", "> 10", "10", "absolute 0,2", NE),  # on a strict bound
    ("cumulative_over_term", "> 10", "10", "zero", N),  # a zero tolerance allows nothing
    ("growth_rate", ">= 10", "9.8", "absolute 0,2", NE),  # exactly the tolerance short
    ("growth_rate", ">= 10", "9.5", "absolute 0,2", N),  # beyond it
    ("growth_level", "< 20", "21", "relative 5%", NE),  # 5% of 20 is 1
    ("growth_level", "= 10 within", "-5", "none", N),  # a fall of 5% a year
    ("reduction_level", "10-20 lower", "9.9", "none", E),  # below the band, lower better
    ("count_of_units", "= 20 lower", "20.2", "none", N),
    ("every_year", "<= 20", "0", "none", E),
    ("share_structure", "10-20 within", "20.2", "relative 5%", NE),
]


@pytest.mark.parametrize("kind, spec, v, tolerance, expected", HAND)
def test_hand_computed_statuses_hold_three_ways(
    kind: str, spec: str, v: str, tolerance: str, expected: Status
) -> None:
    mid = f"{kind}-{list(SPECS).index(spec)}"
    assert [results[mid][0] for results in three_ways(v, tolerance)] == [expected] * 3


def test_every_kind_has_a_rule_and_is_checked_here() -> None:
    # A new kind needs its module in the registry and its figures in the table above
    # (docs/architecture.md, "Adding a measure kind").
    assert set(REGISTRY) == set(Kind)
    judged = {k for k in Kind if REGISTRY[k].judged}
    assert {Kind(fields["kind"]) for fields in ALL_KINDS.values()} == judged
    assert judged == set(Kind) - {Kind.OTHER}
