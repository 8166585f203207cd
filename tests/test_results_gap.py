"""A value short of its target carries its gap: which side of which bound and how far,
decided by the same strict rule as the status (exactly "> 7" with 7 is not met)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.evaluation.results import Gap
from tests.helpers import evaluate_one, make_plan, yearly

D = Decimal
_WITHIN = {"comparator": "range", "low": "7", "high": "7.5", "direction": "within"}


@pytest.mark.parametrize(
    ("target", "value", "gap"),
    [
        ({"comparator": ">", "low": "7"}, "7", Gap("at", D(0))),
        ({"comparator": ">", "low": "7"}, "7.01", None),
        ({"comparator": ">=", "low": "7"}, "7", None),
        ({"comparator": ">=", "low": "65"}, "64.5", Gap("below", D("0.5"))),
        ({"comparator": "<", "high": "4"}, "4", Gap("at", D(0))),
        ({"comparator": "<=", "high": "4"}, "4.39", Gap("above", D("0.39"))),
        (_WITHIN, "7.6", Gap("above", D("0.1"))),
        (_WITHIN, "6.8", Gap("below", D("0.2"))),
        (_WITHIN, "7.5", None),
        (
            {"comparator": "range", "low": "7", "high": "7.5", "direction": "higher_is_better"},
            "7.6",
            None,
        ),
    ],
)
def test_it_gives_the_gap_of_a_level_short_of_its_target(target, value, gap):
    plan = make_plan({"id": "lv", "kind": "level_at_end", **target})
    r = evaluate_one(plan, yearly("lv", {2025: value}))
    assert r.gap == gap


def test_the_gap_travels_in_the_json():
    plan = make_plan({"id": "lv", "kind": "level_at_end", "comparator": ">", "low": "7"})
    r = evaluate_one(plan, yearly("lv", {2025: "6.5"}))
    assert r.to_dict()["gap"] == {"side": "below", "amount": "0.5"}
