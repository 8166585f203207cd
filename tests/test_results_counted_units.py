"""A count of units reported unit by unit carries, per year, the units counted over the
units in force on the scope date, and that date: what its chart and documents show."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import UnitCount
from chitieu.units.aggregate import UnitScope
from tests.helpers import evaluate_one, fig, make_plan
from tests.test_units_count_of_units_measure import plan, registry


def _result(figures, units):  # type: ignore[no-untyped-def]
    return evaluate_plan(plan(), figures, units=units).targets[0].metrics[0]


def test_it_counts_over_the_units_in_force_with_the_scope_date():
    # 2022: A, B and D meet the standard, C does not; A, B, C merge into M in 2023.
    figures = [fig("ntm", "2022", v, unit=u) for u, v in zip("ABCD", "1101", strict=True)]
    r = _result(figures, UnitScope(registry()))
    assert r.counted == [UnitCount(2022, 3, 4, date(2022, 12, 31))]
    # counted in the communes of the end of 2024: M is short (C was), D meets it: 1 of 2,
    # where counting the figures of 1 would say 3
    r = _result(figures, UnitScope(registry(), scope=date(2024, 12, 31)))
    assert r.counted == [UnitCount(2022, 1, 2, date(2024, 12, 31))]
    assert [(p.year, p.value) for p in r.per_year] == [(2022, Decimal(1))]
    assert r.to_dict()["counted_units"] == [
        {"year": 2022, "met": 1, "total": 2, "scope": "2024-12-31"}
    ]


def test_without_a_registry_it_counts_the_figures_that_meet_the_standard():
    figures = [fig("ntm", "2024", v, unit=u) for u, v in zip("MD", ["1", "0.5"], strict=True)]
    r = evaluate_one(plan(), figures)
    assert r.counted == [UnitCount(2024, 1, None, None)]
    area = make_plan({"id": "x", "kind": "count_of_units", "comparator": ">=", "low": "2"})
    assert evaluate_one(area, [fig("x", "2024", "5")]).counted == []  # the area's own figure
