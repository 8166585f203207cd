"""``chitieu units list`` and ``chitieu units lineage``, and exit code 2 on bad input."""

import json
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main

# made-up codes (T…) under the real district 178: a synthetic 2020 merger, not real data
EXTRA = """\
units:
  - {code: T01, name: Xã Thử Một, level: commune, type: xã, parent: "178", valid_to: 2019-12-31}
  - {code: T02, name: Xã Thử Hai, level: commune, type: xã, parent: "178", valid_to: 2019-12-31}
  - {code: T03, name: Xã Thử Ba, level: commune, type: xã, parent: "178",
     valid_from: 2020-01-01, valid_to: 2025-06-30}
changes:
  - {predecessor: T01, successor: T03, kind: merge, effective: 2020-01-01, act: NQ thử}
  - {predecessor: T02, successor: T03, kind: merge, effective: 2020-01-01, act: NQ thử}
"""


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [*args, "--lang", "en"], prog_name="chitieu")


def extra(tmp_path: Path, text: str = EXTRA) -> str:
    path = tmp_path / "units.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_lists_the_65_communes_in_force_on_1_july_2025_as_json():
    r = run("units", "list", "--area", "20", "--on", "2025-07-01", "--format", "json")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert len(rows) == 65 and {row["parent"] for row in rows} == {"20"}
    assert set(rows[0]) >= {"code", "name", "type", "parent", "valid_from", "valid_to"}


def test_it_lists_a_district_s_communes_as_a_table():
    r = run("units", "list", "--area", "178", "--on", "01/01/2024")
    assert r.exit_code == 0
    assert "05971  Phường Hoàng Văn Thụ  phường  178" in r.stdout
    assert r.stdout.rstrip().endswith("8 units in force on 2024-01-01 under 178")


def test_it_reads_extra_units_and_shows_their_lineage(tmp_path: Path):
    path = extra(tmp_path)
    before = run("units", "list", "--area", "178", "--on", "2019-06-01", "--units", path)
    assert "T01" in before.stdout and "T03" not in before.stdout
    r = run("units", "lineage", "T03", "--units", path)
    assert r.exit_code == 0
    assert "2020-01-01  T01 → T03 (merge) — NQ thử" in r.stdout
    j = json.loads(run("units", "lineage", "T01", "--units", path, "--format", "json").stdout)
    assert j["went_to"] == [
        {
            "predecessor": "T01",
            "successor": "T03",
            "kind": "merge",
            "effective": "2020-01-01",
            "act": "NQ thử",
        }
    ]


def test_it_exits_2_naming_the_problem_on_bad_input(tmp_path: Path):
    r = run("units", "list", "--area", "999", "--on", "2024-01-01")
    assert r.exit_code == 2 and "--area: field 'area': unknown unit “999”" in r.stderr
    assert run("units", "list", "--on", "yesterday").exit_code == 2
    assert run("units", "lineage", "NOPE").exit_code == 2
    cycle = EXTRA + "  - {predecessor: T03, successor: T01, kind: merge, effective: 2021-01-01}\n"
    r = run("units", "lineage", "T01", "--units", extra(tmp_path, cycle))
    assert r.exit_code == 2 and "the lineage would make a cycle" in r.stderr
    bad = "units:\n  - {code: X, name: Y, level: hamlet, valid_from: 2020-02-30}\n"
    r = run("units", "lineage", "X", "--units", extra(tmp_path, bad))
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        "units.yaml: $.units[0]: field 'level': “hamlet” is not one of province, district, commune",
        "units.yaml: $.units[0]: field 'valid_from': “2020-02-30” is not a date (YYYY-MM-DD)",
    ]
