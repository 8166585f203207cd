"""A plan file that only pretends to be small (YAML aliases of aliases), nests without end,
or holds NaN, infinity or an integer of thousands of digits is refused with its place, at
once, and never with another exception (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

PLAN = """schema_version: 1
id: thu
title: Thử
area: {code: "20", name: Lạng Sơn}
baseline_year: 2020
start_year: 2021
end_year: 2025
targets:
  - no: 1
    text: Tăng trưởng
    metrics:
      - {id: m, name: M, unit: "%", kind: level_at_end, comparator: ">=", low: LOW}
"""


def problems(tmp_path: Path, text: str, name: str = "ke-hoach.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_plan(path)
    return [str(p).removeprefix(f"{path}") for p in caught.value.problems]


def test_a_billion_laughs_of_yaml_aliases_is_refused(tmp_path):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):  # each level ten times the one before: 10⁹ values in all
        prev, this = chr(96 + i), chr(97 + i)
        lines.append(f"{this}: &{this} [{', '.join(['*' + prev] * 10)}]")
    assert problems(tmp_path, "\n".join(lines)) == [
        ": the data holds more than 200.000 values (repeated YAML aliases?)"
    ]


def test_endless_nesting_is_refused(tmp_path):
    assert problems(tmp_path, "[" * 50_000 + "]" * 50_000, "ke-hoach.json") == [
        ": the data is nested too deeply"
    ]
    assert problems(tmp_path, "a: " + "[" * 50_000) == [": the data is nested too deeply"]


@pytest.mark.parametrize(("value", "read"), [(".nan", "nan"), (".inf", "inf"), ("-.inf", "-inf")])
def test_nan_and_infinity_are_refused_where_they_stand(tmp_path, value, read):
    found = problems(tmp_path, PLAN.replace("LOW", value))
    assert found == [f":12: $.targets[0].metrics[0].low: “{read}” is not a number"]


def test_nan_in_json_is_refused_where_it_stands(tmp_path):
    text = '{"schema_version": 1,\n "tolerance": {"absolute": NaN}}'
    assert problems(tmp_path, text, "ke-hoach.json") == [
        ":2: $.tolerance.absolute: “nan” is not a number"
    ]


@pytest.mark.parametrize("name", ["ke-hoach.json", "ke-hoach.yaml"])
def test_an_integer_of_thousands_of_digits_is_refused(tmp_path, name):
    (found,) = problems(tmp_path, '{"end_year": ' + "9" * 5000 + "}", name)
    assert found.startswith(": invalid ") and "integer string conversion" in found
