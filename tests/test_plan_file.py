"""Plan files are checked on load; every problem names its file, line, JSON path and field."""

import json
from pathlib import Path

import pytest

from chitieu.problems import InputError
from chitieu.targets.planfile import dump_plan, load_plan, plan_from_data
from tests.helpers import make_plan

BASE = {
    "id": "p",
    "title": "T",
    "area": {"code": "20", "name": "Lạng Sơn"},
    "baseline_year": 2020,
    "start_year": 2021,
    "end_year": 2025,
}


def problems_of(data):  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        plan_from_data(data, "plan.json")
    return [str(p) for p in info.value.problems]


def one_metric(**m):  # type: ignore[no-untyped-def]
    metric = {"id": "m", "name": "M", "unit": "%", "kind": "level_at_end", **m}
    return {**BASE, "targets": [{"no": 1, "text": "x", "metrics": [metric]}]}


def test_it_names_the_json_path_of_a_bad_value():
    found = problems_of(one_metric(comparator="about", low=1))
    assert found == [
        "plan.json: $.targets[0].metrics[0].comparator: field 'comparator': 'about' is not one of: "
        ">=, >, <=, <, =, range"
    ]


def test_it_reports_every_problem_at_once():
    data = one_metric(comparator=">=", low="seven", colour="red")
    found = problems_of(data)
    assert any("low" in p and "'seven' is not a number" in p for p in found)
    assert any("unknown field" in p and "colour" in p for p in found)


@pytest.mark.parametrize(
    ("metric", "message"),
    [
        ({"comparator": ">="}, "needs the bound in “low”"),
        ({"comparator": "<", "low": 3}, "needs the bound in “high”"),
        ({"comparator": "range", "low": 8}, "a range needs both"),
        ({"comparator": "range", "low": 8, "high": 7}, "below its low end"),
        ({"comparator": ">=", "low": 1, "direction": "lower_is_better"}, "contradicts"),
        ({"comparator": ">=", "low": 1, "end_year": 2030}, "outside the term"),
        ({"comparator": ">=", "low": 1, "input": "rate"}, "only for growth kinds"),
        (
            {"kind": "average_annual_growth", "comparator": ">=", "low": 7},
            "needs the input: yearly rates or levels",
        ),
        ({"kind": "other", "comparator": ">=", "low": 1}, "judged by a person"),
        (
            {"comparator": ">=", "low": 1, "manual": {"status": "achieved", "reason": "r"}},
            "only measures of kind “other”",
        ),
    ],
)
def test_it_rejects_metrics_that_contradict_themselves(metric, message):  # type: ignore[no-untyped-def]
    found = problems_of(one_metric(**metric))
    assert any(message in p for p in found), found


def test_it_rejects_repeated_metric_ids_and_target_numbers():
    m = {"id": "m", "name": "M", "unit": "%", "kind": "level_at_end", "comparator": ">=", "low": 1}
    data = {
        **BASE,
        "targets": [{"no": 1, "text": "a", "metrics": [m]}, {"no": 1, "text": "b", "metrics": [m]}],
    }
    found = problems_of(data)
    assert any("target number 1 is repeated" in p for p in found)
    assert any(
        "$.targets[1].metrics[0].id" in p and "already used at $.targets[0]" in p for p in found
    )


def test_it_rejects_a_term_that_ends_before_it_starts():
    found = problems_of({**one_metric(comparator=">=", low=1), "end_year": 2019})
    assert any("end_year" in p for p in found)


def test_yaml_errors_name_the_line(tmp_path: Path):
    path = tmp_path / "plan.yaml"
    path.write_text(
        "id: p\ntitle: T\narea: {code: '20', name: L}\nbaseline_year: 2020\nstart_year: 2021\n"
        "end_year: 2025\ntargets:\n- no: 1\n  text: x\n  metrics:\n  - id: m\n    name: M\n"
        "    unit: '%'\n    kind: level_at_end\n    comparator: '>='\n    low: abc\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_plan(path)
    assert str(info.value.problems[0]).startswith(f"{path}:16: $.targets[0].metrics[0].low")


def test_yaml_no_stays_a_key_not_a_boolean(tmp_path: Path):
    path = tmp_path / "plan.yaml"
    data = dump_plan(make_plan({"id": "m", "kind": "level_at_end", "comparator": ">=", "low": 1}))
    assert "- no: 1" in data
    path.write_text(data, encoding="utf-8")
    assert load_plan(path).targets[0].no == 1


def test_broken_syntax_names_the_line(tmp_path: Path):
    path = tmp_path / "plan.json"
    path.write_text('{"id": "p",\n "title": }', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_plan(path)
    assert info.value.problems[0].line == 2


def test_a_plan_round_trips_through_yaml_and_json(tmp_path: Path):
    plan = make_plan(
        {
            "id": "a",
            "kind": "average_annual_growth",
            "input": "rate",
            "comparator": "range",
            "low": "7",
            "high": "7.5",
            "tolerance": {"absolute": "0.2"},
        },
        {
            "id": "b",
            "kind": "level_at_end",
            "comparator": "<",
            "high": "3",
            "trend": "compound",
            "baseline": {"year": 2020, "value": "9.5", "source": "s"},
            "decimals": 1,
        },
        {
            "id": "c",
            "kind": "other",
            "manual": {"status": "achieved", "reason": "r", "on": "2025-12-01"},
        },
        tolerance={"relative": "0.05"},
    )
    for fmt in ("yaml", "json"):
        path = tmp_path / f"plan.{fmt}"
        path.write_text(dump_plan(plan, fmt), encoding="utf-8")
        assert load_plan(path) == plan
    json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))


def test_unquoted_yaml_dates_are_read_as_text(tmp_path: Path):
    plan = make_plan({"id": "q", "kind": "other", "manual": {"status": "achieved", "reason": "r"}})
    text = dump_plan(plan).replace("reason: r", "reason: r\n      on: 2025-12-20")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert str(load_plan(path).metrics()[0].manual.on) == "2025-12-20"  # type: ignore[union-attr]


def test_a_bad_assessment_date_is_an_input_problem():
    data = one_metric(
        kind="other", manual={"status": "achieved", "reason": "r", "on": "2024-13-45"}
    )
    assert problems_of(data) == [
        "plan.json: $.targets[0].metrics[0].manual.on: field 'on': “2024-13-45” is not a date "
        "(YYYY-MM-DD)"
    ]


def test_a_negative_tolerance_is_rejected():
    data = one_metric(comparator=">=", low=1, tolerance={"absolute": "-0.5"})
    assert any("tolerance.absolute" in p and "cannot be negative" in p for p in problems_of(data))
