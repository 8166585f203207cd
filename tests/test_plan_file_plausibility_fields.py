"""A measure may say what values are plausible (``valid_range``) and how much it can change
in a year (``max_change``): read from the plan file, written back the same, and refused
when they allow nothing, with the file's place."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from chitieu.datafile import load_yaml
from chitieu.problems import InputError
from chitieu.targets.model import ValidRange
from chitieu.targets.planfile import dump_plan, plan_from_data, plan_to_data
from tests.helpers import make_plan

GROWTH = {"id": "m", "kind": "every_year", "comparator": ">=", "low": "7"}


def one_metric(**fields):  # type: ignore[no-untyped-def]
    """Plan data with one metric (unit %) carrying ``fields``."""
    data = plan_to_data(make_plan(GROWTH))
    data["targets"][0]["metrics"][0].update(fields)
    return data


def test_it_reads_both_fields_and_writes_them_back():
    data = one_metric(valid_range={"min": "-10", "max": 30}, max_change="4.5")
    metric = plan_from_data(data).metrics()[0]
    assert metric.valid_range == ValidRange(min=D("-10"), max=D("30"))
    assert metric.max_change == D("4.5")
    written = plan_to_data(plan_from_data(data))["targets"][0]["metrics"][0]
    assert (written["valid_range"], written["max_change"]) == ({"min": "-10", "max": "30"}, "4.5")
    again = plan_from_data(load_yaml(dump_plan(plan_from_data(data))))
    assert again.metrics()[0] == metric


def test_either_end_may_stay_open_and_both_fields_are_optional():
    floor = plan_from_data(one_metric(valid_range={"min": "0"})).metrics()[0]
    assert floor.valid_range == ValidRange(min=D("0"), max=None)
    assert (
        "max"
        not in plan_to_data(plan_from_data(one_metric(valid_range={"min": "0"})))["targets"][0][
            "metrics"
        ][0]["valid_range"]
    )
    plain = plan_from_data(one_metric()).metrics()[0]
    assert (plain.valid_range, plain.max_change) == (None, None)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"valid_range": {"min": "30", "max": "-10"}},
            "plan.json: $.targets[0].metrics[0].valid_range.max: field 'max': the highest "
            "plausible value -10 is below the lowest, 30",
        ),
        (
            {"max_change": 0},
            "plan.json: $.targets[0].metrics[0].max_change: field 'max_change': the largest "
            "plausible change in a year must be more than 0",
        ),
        (
            {"valid_range": {}},
            "plan.json: $.targets[0].metrics[0].valid_range: field 'valid_range': must not be "
            "empty",
        ),
        (
            {"valid_range": {"low": "0"}},
            "plan.json: $.targets[0].metrics[0].valid_range: field 'valid_range': unknown field: "
            "'low'",
        ),
        (
            {"max_change": "nhiều"},
            "plan.json: $.targets[0].metrics[0].max_change: field 'max_change': 'nhiều' is not "
            "a number",
        ),
        (
            {"max_change": "9999999999999999999999999"},
            "plan.json: $.targets[0].metrics[0].max_change: field 'max_change': "
            "“9999999999999999999999999” is too large: at most 20 digits before the decimal mark",
        ),
        (
            {"valid_range": {"max": "1e400"}},
            "plan.json: $.targets[0].metrics[0].valid_range.max: field 'max': '1e400' is not a "
            "number",
        ),
    ],
)
def test_it_refuses_a_range_or_a_change_that_allows_nothing(fields, expected):
    with pytest.raises(InputError) as info:
        plan_from_data(one_metric(**fields), "plan.json")
    assert [str(p) for p in info.value.problems] == [expected]
