"""A plan file whose bound, baseline or tolerance the database would not keep exactly (or
that is no number at all, like YAML's .nan) is refused with its line, path and field, by
``chitieu plan check`` and the readers alike: never stored rounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.datafile import load_yaml
from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

PLAN = """\
id: p
title: Kế hoạch thử
area: {code: "20", name: Lạng Sơn}
baseline_year: 2020
start_year: 2021
end_year: 2025
tolerance: {absolute: 0.00000000001}
targets:
  - no: 1
    text: Rừng
    metrics:
      - id: forest
        name: Tỷ lệ che phủ rừng
        unit: "%"
        kind: level_at_end
        comparator: ">="
        low: "9999999999999999999999999"
        baseline: {year: 2020, value: 1234567890.123456789}
  - no: 2
    text: Khách
    metrics:
      - id: tourists
        name: Khách du lịch
        unit: lượt
        kind: level_at_end
        comparator: ">="
        low: .nan
        tolerance: {relative: 0.5}
"""


def _problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        load_plan(path)
    return [str(p) for p in info.value.problems]


def test_it_names_every_number_past_the_limits(tmp_path: Path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace(".nan", "1"), encoding="utf-8")
    assert _problems(path) == [
        f"{path}:7: $.tolerance.absolute: field 'absolute': “0.00000000001” has 11 decimals: "
        "at most 10 are kept; round it",
        f"{path}:17: $.targets[0].metrics[0].low: field 'low': “9999999999999999999999999” is "
        "too large: at most 20 digits before the decimal mark",
        # YAML reads it as a binary float: the digits it kept are the ones named
        f"{path}:18: $.targets[0].metrics[0].baseline.value: field 'value': "
        "“1234567890.1234567” has 17 significant digits: at most 15 are kept exactly; round it",
    ]


def test_it_names_a_number_that_is_no_number_at_all(tmp_path: Path):
    # YAML's .nan is refused as the file is read, before any other check
    path = tmp_path / "plan.yaml"
    path.write_text(
        PLAN.replace('"9999999999999999999999999"', "1").replace("0.00000000001", "0.5"),
        encoding="utf-8",
    )
    assert _problems(path) == [f"{path}:27: $.targets[1].metrics[0].low: “nan” is not a number"]


def test_plan_check_refuses_a_json_number_with_exit_code_2(tmp_path: Path):
    data = load_yaml(PLAN)
    del data["tolerance"]
    data["targets"] = data["targets"][:1]
    data["targets"][0]["metrics"][0] |= {"low": 1e25, "baseline": {"year": 2020, "value": 5}}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", "check", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}:22: $.targets[0].metrics[0].low: field 'low': “10000000000000000000000000” is "
        "too large: at most 20 digits before the decimal mark\n"
    )


def test_it_names_a_text_with_a_control_character(tmp_path: Path):
    data = load_yaml(PLAN.replace(".nan", "1").replace('"9999999999999999999999999"', "1"))
    del data["tolerance"]
    data["targets"][0]["metrics"][0]["baseline"]["value"] = 5
    data["targets"][1]["text"] = "Khách\x00 du lịch"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")  # JSON writes it \u0000
    result = CliRunner().invoke(main, ["plan", "check", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.endswith(
        ": $.targets[1].text: field 'text': control character U+0000 in the text: remove it\n"
    )
