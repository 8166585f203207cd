"""The strict comparison of a value with a target, for every comparator and direction."""

from decimal import Decimal as D

import pytest

from chitieu.evaluation.statuses import Status, judge
from chitieu.targets.model import Tolerance
from tests.helpers import make_plan

A, E, N, NEAR = Status.ACHIEVED, Status.EXCEEDED, Status.NOT_ACHIEVED, Status.NEARLY_ACHIEVED


def metric(**kw):  # type: ignore[no-untyped-def]
    return make_plan({"id": "m", "kind": "level_at_end", **kw}).metrics()[0]


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        # ">=": at the bound achieved, above exceeded, below not achieved
        ({"comparator": ">=", "low": "65"}, "65", A),
        ({"comparator": ">=", "low": "65"}, "65.01", E),
        ({"comparator": ">=", "low": "65"}, "64.5", N),  # 64,5% against 65%: not achieved
        # ">" ("trên"): the bound itself does not satisfy it
        ({"comparator": ">", "low": "6.5"}, "6.5", N),
        ({"comparator": ">", "low": "6.5"}, "6.51", A),
        # "<" ("dưới"): 4,39% against "dưới 4%" is not achieved
        ({"comparator": "<", "high": "4"}, "4.39", N),
        ({"comparator": "<", "high": "4"}, "4", N),
        ({"comparator": "<", "high": "4"}, "3.99", A),
        # "<=" ("không quá")
        ({"comparator": "<=", "high": "3"}, "3", A),
        ({"comparator": "<=", "high": "3"}, "2.9", E),
        ({"comparator": "<=", "high": "3"}, "3.01", N),
        # range, higher is better
        ({"comparator": "range", "low": "7", "high": "7.5"}, "6.99", N),
        ({"comparator": "range", "low": "7", "high": "7.5"}, "7", A),
        ({"comparator": "range", "low": "7", "high": "7.5"}, "7.5", A),
        ({"comparator": "range", "low": "7", "high": "7.5"}, "7.51", E),
        # range, lower is better: mirrored
        (
            {"comparator": "range", "low": "2", "high": "3", "direction": "lower_is_better"},
            "3.1",
            N,
        ),
        ({"comparator": "range", "low": "2", "high": "3", "direction": "lower_is_better"}, "2", A),
        (
            {"comparator": "range", "low": "2", "high": "3", "direction": "lower_is_better"},
            "1.9",
            E,
        ),
        # range, within: outside on either side is not achieved
        ({"comparator": "range", "low": "17", "high": "18", "direction": "within"}, "16.9", N),
        ({"comparator": "range", "low": "17", "high": "18", "direction": "within"}, "18.1", N),
        ({"comparator": "range", "low": "17", "high": "18", "direction": "within"}, "17.5", A),
        # "=" point target: at least when higher is better, at most when lower, exact when within
        ({"comparator": "=", "low": "115", "direction": "higher_is_better"}, "115", A),
        ({"comparator": "=", "low": "115", "direction": "higher_is_better"}, "116", E),
        ({"comparator": "=", "low": "115", "direction": "higher_is_better"}, "114", N),
        ({"comparator": "=", "low": "3", "direction": "lower_is_better"}, "3", A),
        ({"comparator": "=", "low": "3", "direction": "lower_is_better"}, "2", E),
        ({"comparator": "=", "low": "3", "direction": "lower_is_better"}, "4", N),
        ({"comparator": "=", "low": "100"}, "100", A),
        ({"comparator": "=", "low": "100"}, "101", N),
        # zero and negative values
        ({"comparator": ">=", "low": "0"}, "0", A),
        ({"comparator": ">=", "low": "-2"}, "-2.5", N),
        ({"comparator": "<", "high": "0"}, "-0.1", A),
    ],
)
def test_it_judges_strictly(spec, value, expected):  # type: ignore[no-untyped-def]
    assert judge(D(value), metric(**spec)) is expected


def test_it_gives_nearly_achieved_only_within_the_plan_tolerance():
    m = metric(comparator=">=", low="65")
    assert judge(D("64.5"), m) is N
    assert judge(D("64.5"), m, Tolerance(absolute=D("0.5"))) is NEAR
    assert judge(D("64.4"), m, Tolerance(absolute=D("0.5"))) is N
    assert judge(D("62"), m, Tolerance(relative=D("0.05"))) is NEAR  # within 5% of 65
    assert judge(D("61.7"), m, Tolerance(relative=D("0.05"))) is N


def test_it_applies_tolerance_to_ceilings_and_bands():
    ceiling = metric(comparator="<", high="4")
    assert judge(D("4.2"), ceiling, Tolerance(absolute=D("0.3"))) is NEAR
    band = metric(comparator="range", low="17", high="18", direction="within")
    assert judge(D("18.2"), band, Tolerance(absolute=D("0.2"))) is NEAR
    assert judge(D("16.7"), band, Tolerance(absolute=D("0.2"))) is N


def test_it_labels_statuses_in_both_languages():
    assert Status.EXCEEDED.label("vi") == "vượt"
    assert Status.NEARLY_ACHIEVED.label("vi") == "xấp xỉ đạt"
    assert Status.NOT_ACHIEVED.label("en") == "not achieved"
    assert Status.NOT_ACHIEVED.label("vi", final=False) == "chưa đạt"
    assert Status.NO_DATA.label("vi") == "chưa có số liệu"


def test_a_zero_tolerance_allows_nothing():
    strict = metric(comparator=">", low="6.5")
    assert judge(D("6.5"), strict, Tolerance(absolute=D("0"))) is N
    assert judge(D("6.5"), strict, Tolerance(absolute=D("0.1"))) is NEAR
