"""Every kind × comparator × direction, with values below, at and above each bound.

For each kind the figures are chosen so that the value the kind computes is exactly v
(an end-year level, a constant growth rate, a fifth of a total each year…); the expected
status comes from a table written out by hand, not from the code under test.
"""

from decimal import Decimal as D

import pytest

from chitieu.evaluation.statuses import Status
from tests.helpers import evaluate_one, fig, make_plan

E, A, N = Status.EXCEEDED, Status.ACHIEVED, Status.NOT_ACHIEVED

# Bounds are 10 (low) and 20 (high). Values probed: 5, 10, 15, 20, 25.
PROBES = ["5", "10", "15", "20", "25"]
SPECS = {
    ">= 10": ({"comparator": ">=", "low": "10"}, [N, A, E, E, E]),
    "> 10": ({"comparator": ">", "low": "10"}, [N, N, A, A, A]),
    "<= 20": ({"comparator": "<=", "high": "20"}, [E, E, E, A, N]),
    "< 20": ({"comparator": "<", "high": "20"}, [A, A, A, N, N]),
    "= 10 higher": (
        {"comparator": "=", "low": "10", "direction": "higher_is_better"},
        [N, A, E, E, E],
    ),
    "= 20 lower": (
        {"comparator": "=", "low": "20", "direction": "lower_is_better"},
        [E, E, E, A, N],
    ),
    "= 10 within": ({"comparator": "=", "low": "10"}, [N, A, N, N, N]),
    "10-20 higher": ({"comparator": "range", "low": "10", "high": "20"}, [N, A, A, A, E]),
    "10-20 lower": (
        {"comparator": "range", "low": "10", "high": "20", "direction": "lower_is_better"},
        [E, A, A, A, N],
    ),
    "10-20 within": (
        {"comparator": "range", "low": "10", "high": "20", "direction": "within"},
        [N, A, A, A, N],
    ),
}
YEARS = range(2021, 2026)


def figures_for(kind: str, v: D) -> list:  # type: ignore[type-arg]
    """Figures whose evaluation under ``kind`` yields exactly ``v``."""
    if kind in ("level_at_end", "share_structure", "count_of_units"):
        return [fig("m", "2024", v - 1), fig("m", "2025", v)]
    if kind in ("every_year", "growth_rate", "reduction_rate"):
        return [fig("m", str(y), v) for y in YEARS]
    if kind == "cumulative_over_term":
        return [fig("m", str(y), v / 5) for y in YEARS]
    if kind == "reduction_level":  # a level falling by v% every year from 1000
        levels, out = D(1000), [fig("m", "2020", "1000")]
        for y in YEARS:
            levels = levels * (1 - v / 100)
            out.append(fig("m", str(y), levels))
        return out
    raise AssertionError(kind)


KINDS = {
    "level_at_end": {"kind": "level_at_end"},
    "share_structure": {"kind": "share_structure"},
    "count_of_units": {"kind": "count_of_units"},
    "every_year": {"kind": "every_year"},
    "growth_rate": {"kind": "average_annual_growth", "input": "rate"},
    "cumulative_over_term": {"kind": "cumulative_over_term"},
    "reduction_rate": {"kind": "reduction_per_year", "input": "rate"},
    "reduction_level": {"kind": "reduction_per_year", "input": "level"},
}


@pytest.mark.parametrize("spec", SPECS, ids=str)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_kind_judges_every_comparator_and_direction(kind: str, spec: str):
    bounds, expected = SPECS[spec]
    plan = make_plan({"id": "m", **KINDS[kind], **bounds})
    got = [evaluate_one(plan, figures_for(kind, D(v))).status for v in PROBES]
    assert got == expected
    if kind == "count_of_units":
        # the same count derived from unit-level figures is judged the same way
        units = [fig("m", "2025", "1", unit=f"c{i}") for i in range(int(PROBES[2]))]
        assert evaluate_one(plan, units).status is expected[2]
