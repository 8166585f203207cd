"""``chitieu evaluate --units-scope``: a count_of_units measure counted from commune figures.

The communes T01–T03 and their 2020 merger are made up (synthetic); 05971 and 05974 are
bundled 2024 communes of Lạng Sơn, and the figures are invented.
"""

import json
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main

PLAN = """\
schema_version: 1
id: thu-ntm
title: Kế hoạch thử
area: {code: "20", name: Tỉnh Lạng Sơn}
baseline_year: 2020
start_year: 2021
end_year: 2025
targets:
- no: 1
  text: Có ít nhất 3 xã đạt chuẩn nông thôn mới.
  metrics:
  - {id: ntm, name: Số xã đạt chuẩn, unit: xã, kind: count_of_units, comparator: ">=",
     low: "3", decimals: 0}
"""
UNITS = """\
units:
  - {code: T01, name: Xã Thử Một, level: commune, parent: "178", valid_to: 2019-12-31}
  - {code: T02, name: Xã Thử Hai, level: commune, parent: "178", valid_to: 2019-12-31}
  - {code: T03, name: Xã Thử Ba, level: commune, parent: "178", valid_from: 2020-01-01,
     valid_to: 2025-06-30}
changes:
  - {predecessor: T01, successor: T03, kind: merge, effective: 2020-01-01}
  - {predecessor: T02, successor: T03, kind: merge, effective: 2020-01-01}
"""
HEADER = "metric,period,value,stage,as_of,unit_code,source\n"


def files(tmp_path: Path, rows: str) -> tuple[str, str, str]:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "figures.csv").write_text(HEADER + rows, encoding="utf-8")
    (tmp_path / "units.yaml").write_text(UNITS, encoding="utf-8")
    return tuple(str(tmp_path / n) for n in ("plan.yaml", "figures.csv", "units.yaml"))  # type: ignore[return-value]


def test_it_counts_the_communes_and_explains_the_fraction(tmp_path: Path):
    rows = "".join(f"ntm,2024,1,official,2025-03-31,{c},t\n" for c in ("05971", "05974", "T03"))
    plan, figures, units = files(tmp_path, rows)
    r = CliRunner().invoke(main, ["evaluate", plan, figures, "--units", units, "--format", "json"])
    assert r.exit_code == 0, r.stderr
    metric = json.loads(r.stdout)["targets"][0]["metrics"][0]
    assert metric["value"] == "3"
    assert any("Năm 2024: 3/195 xã đạt chuẩn" in s for s in metric["explanation"]["steps"])


def test_it_exits_2_on_a_figure_for_a_commune_that_no_longer_existed(tmp_path: Path):
    plan, figures, units = files(tmp_path, "ntm,2022,1,official,2023-03-31,T01,t\n")
    r = CliRunner().invoke(main, ["evaluate", plan, figures, "--units", units, "--lang", "en"])
    assert r.exit_code == 2
    said = "figures.csv:2: field 'unit': unit T01 did not exist on 31/12/2022, the end of 2022"
    assert said in r.stderr
