"""Whatever a plan file holds (broken YAML or JSON, aliases, odd values, deep nesting), reading
it gives the plan or the project's input error naming the file: never another exception, so
`chitieu plan check` exits 2 and the import page lists the problems (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chitieu.targets.model import Plan
from chitieu.targets.planfile import bundled_plan_path, load_plan, plan_to_data
from tests.filekit import fuzz, mutated, read_or_refuse, revalued

YAML = bundled_plan_path("langson-xvii").read_bytes()
EXAMPLE = (Path(__file__).resolve().parents[1] / "docs" / "examples" / "vidu.yaml").read_bytes()
JSON = json.dumps(plan_to_data(load_plan(bundled_plan_path("langson-xvii"))), indent=1).encode()


def read(data: bytes, suffix: str) -> None:
    plan = read_or_refuse(load_plan, data, f"ke-hoach{suffix}")
    assert plan is None or isinstance(plan, Plan)


@fuzz(200)
@given(st.sampled_from([YAML, EXAMPLE]).flatmap(lambda s: st.one_of(mutated(s), revalued(s))))
def test_it_reads_or_refuses_any_mutated_yaml_plan(data: bytes) -> None:
    read(data, ".yaml")


@fuzz(200)
@given(st.one_of(mutated(JSON), revalued(JSON)))
def test_it_reads_or_refuses_any_mutated_json_plan(data: bytes) -> None:
    read(data, ".json")
