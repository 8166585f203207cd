"""The command line: tables and JSON for people and programs, exit code 2 for bad input."""

import json
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_it_prints_the_table_with_the_headline():
    code, out, _ = run("evaluate", "langson-xvii", "langson-xvii")
    assert code == 0
    assert "Đạt và vượt 16/20 chỉ tiêu" in out
    line = next(x for x in out.splitlines() if "Tỷ lệ lao động qua đào tạo" in x)
    assert "≥ 65%" in line and "64,5" in line and "không đạt" in line


def test_it_prints_the_table_in_english():
    code, out, _ = run("evaluate", "langson-xvii", "langson-xvii", "--lang", "en")
    assert code == 0 and "Achieved or exceeded 16/20 targets" in out


def test_as_of_shows_the_plan_as_it_stood_then():
    code, out, _ = run("evaluate", "langson-xvii", "langson-xvii", "--as-of", "15/10/2023")
    assert code == 0 and "Số liệu đến: 15/10/2023" in out
    line = next(x for x in out.splitlines() if "Tỷ lệ lao động qua đào tạo" in x)
    assert "58,5 *" in line and "chưa đạt" in line


def test_json_has_the_documented_shape():
    code, out, _ = run(
        "evaluate", "langson-xvii", "langson-xvii", "--format", "json", "--as-of", "2023-10-15"
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"plan", "as_of", "summary", "targets"}
    assert data["plan"] == "langson-xvii" and data["as_of"] == "2023-10-15"
    assert set(data["summary"]) >= {"achieved_or_exceeded", "total", "by_status"}
    assert data["summary"]["total"] == 20
    assert sum(data["summary"]["by_status"].values()) == 20
    first = data["targets"][0]
    assert set(first) >= {"no", "status", "metrics"}
    metric = first["metrics"][0]
    assert set(metric) >= {"id", "value", "status", "forecast", "explanation"}
    assert metric["id"] == "grdp-growth" and metric["value"] == "7.08"
    assert metric["forecast"]["class"] == "on_track"
    assert metric["explanation"]["figures"][0]["stage"] == "official"


def test_plan_check_accepts_a_good_plan():
    code, out, _ = run("plan", "check", "langson-xvii", "--lang", "en")
    assert code == 0 and "20 targets, 35 metrics" in out


def test_plan_check_prints_one_line_per_problem_and_exits_2(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: Bad Id\ntitle: T\n", encoding="utf-8")
    code, out, err = run("plan", "check", str(path), "--lang", "en")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 6  # five missing fields and the id
    assert all(x.startswith(f"{path}:") for x in lines)
    assert any("$.id" in x and "is not a valid identifier" in x for x in lines)
    assert any("missing required field: area" in x for x in lines)


def test_bad_figures_exit_2_naming_the_line(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text(
        "metric,period,value,stage,as_of\ngrdp-growth,2021,abc,official,2022-03-31\n",
        encoding="utf-8",
    )
    code, _, err = run("evaluate", "langson-xvii", str(path), "--lang", "en")
    assert code == 2
    assert err == f"{path}:2: field 'value': “abc” is not a number\n"


def test_a_bad_date_flag_exits_2():
    code, _, err = run("evaluate", "langson-xvii", "langson-xvii", "--as-of", "yesterday")
    assert (
        code == 2
        and err == "--as-of: “yesterday” không phải là ngày (viết 15/10/2023 hoặc 2023-10-15)\n"
    )


def test_plan_show_prints_a_loadable_plan(tmp_path: Path):
    code, out, _ = run("plan", "show", "langson-xvii", "--format", "json")
    assert code == 0
    path = tmp_path / "p.json"
    path.write_text(out, encoding="utf-8")
    assert run("plan", "check", str(path))[0] == 0


def test_english_explanations_have_no_vietnamese_formatting():
    _, out, _ = run(
        "evaluate",
        "langson-xvii",
        "langson-xvii",
        "--format",
        "json",
        "--as-of",
        "2023-10-15",
        "--lang",
        "en",
    )
    steps = json.loads(out)["targets"][0]["metrics"][0]["explanation"]["steps"]
    assert "Against the target 7–7.5%: achieved" in steps
    assert "Latest part-year figure for 2023: nine months of 2023 = 6.5%" in steps
