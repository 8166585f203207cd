"""From the command line a province exports its figures for DHIS2, SDMX or Open SDG and
imports another system's file into a figures file; a refusal exits 2 with every problem
and writes nothing."""

import json
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main

ROOT = Path(__file__).resolve().parents[1]
PLAN = str(ROOT / "docs" / "examples" / "vidu.yaml")
FIGURES = """metric,period,value,stage,as_of,unit_code,source
output-growth,2021,7.9,official,2022-03-31,,Niên giám thống kê 2021
poverty-rate,2022,3.2,official,2023-03-31,,
"""
MAPPING = """metrics:
  output-growth: fBk4ZF8sdAb
  poverty-rate: Uvn6LCg7dVU
units:
  "999": ImspTQPwCqd
stage: official
"""


def files(tmp_path: Path, figures: str = FIGURES) -> tuple[str, str]:
    (tmp_path / "f.csv").write_text(figures, encoding="utf-8")
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    return str(tmp_path / "f.csv"), str(tmp_path / "map.yaml")


def test_it_exports_to_dhis2_and_imports_it_back(tmp_path: Path) -> None:
    figures, mapping = files(tmp_path)
    out, back = tmp_path / "dhis2.json", tmp_path / "back.csv"
    run = CliRunner().invoke(
        main,
        [
            "export",
            PLAN,
            figures,
            "--to",
            "dhis2",
            "--mapping",
            mapping,
            "-o",
            str(out),
            "--lang",
            "en",
        ],
    )
    assert run.exit_code == 0, run.output
    assert [v["period"] for v in json.loads(out.read_text("utf-8"))["dataValues"]] == [
        "2021",
        "2022",
    ]
    run = CliRunner().invoke(
        main,
        [
            "import",
            PLAN,
            str(out),
            "--from",
            "dhis2",
            "--mapping",
            mapping,
            "-o",
            str(back),
            "--lang",
            "en",
        ],
    )
    assert run.exit_code == 0, run.output
    assert back.read_text("utf-8").splitlines() == [
        "metric,period,value,stage,as_of,unit_code,source,note",
        "output-growth,2021,7.9,official,2022-03-31,999,Niên giám thống kê 2021,",
        "poverty-rate,2022,3.2,official,2023-03-31,999,,",
    ]


def test_it_refuses_a_nine_month_figure_for_dhis2_and_writes_nothing(tmp_path: Path) -> None:
    figures, mapping = files(
        tmp_path, FIGURES + "output-growth,2023-9M,6.5,estimate,2023-10-05,,\n"
    )
    out = tmp_path / "dhis2.json"
    run = CliRunner().invoke(
        main,
        [
            "export",
            PLAN,
            figures,
            "--to",
            "dhis2",
            "--mapping",
            mapping,
            "-o",
            str(out),
            "--lang",
            "vi",
        ],
    )
    assert run.exit_code == 2
    assert (
        f"{figures}:4: trường 'period': DHIS2 không có kỳ 2023-9M (9 tháng năm 2023)" in run.output
    )
    assert not out.exists()


def test_it_exports_sdmx_with_its_structure_beside(tmp_path: Path) -> None:
    figures, _ = files(tmp_path)
    out = tmp_path / "figures.xml"
    run = CliRunner().invoke(main, ["export", PLAN, figures, "--to", "sdmx-ml", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert (tmp_path / "figures.structure.xml").exists()
    assert b"StructureSpecificData" in out.read_bytes()


def test_it_imports_a_sheet_naming_the_cell_of_a_problem(tmp_path: Path) -> None:
    sheet = tmp_path / "so-lieu.csv"
    sheet.write_text('Chỉ tiêu,Năm 2021,Năm 2022\noutput-growth,"7,9",tám\n', encoding="utf-8")
    (tmp_path / "sheet.yaml").write_text(
        "layout: wide\ncolumns: {metric: Chỉ tiêu}\nstage: official\nnumbers: vi\n",
        encoding="utf-8",
    )
    out = tmp_path / "back.csv"
    args = [
        "import",
        PLAN,
        str(sheet),
        "--from",
        "sheet",
        "--mapping",
        str(tmp_path / "sheet.yaml"),
    ]
    run = CliRunner().invoke(main, [*args, "--as-of", "31/3/2023", "-o", str(out), "--lang", "en"])
    assert run.exit_code == 2
    assert f"{sheet}: sheet 'so-lieu': cell C2: field 'value': “tám” is not a number" in run.output
    assert not out.exists()
    sheet.write_text('Chỉ tiêu,Năm 2021,Năm 2022\noutput-growth,"7,9","8,4"\n', encoding="utf-8")
    run = CliRunner().invoke(main, [*args, "--as-of", "31/3/2023", "-o", str(out), "--lang", "en"])
    assert run.exit_code == 0, run.output
    assert out.read_text("utf-8").splitlines()[1:] == [
        "output-growth,2021,7.9,official,2023-03-31,999,,",
        "output-growth,2022,8.4,official,2023-03-31,999,,",
    ]


def test_it_names_the_line_of_a_bad_mapping_field(tmp_path: Path) -> None:
    figures, _ = files(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("metrics:\n  output-growth: A\nstage: ước\nlayout: diagonal\n", encoding="utf-8")
    out = tmp_path / "dhis2.json"
    args = ["export", PLAN, figures, "--to", "dhis2", "--mapping", str(bad), "-o", str(out)]
    run = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert run.exit_code == 2
    assert run.output.splitlines() == [
        f"{bad}:3: field 'stage': “ước” is not a stage (plan, estimate, preliminary, official)",
        f"{bad}:4: field 'layout': “diagonal” is not one of: long, wide",
    ]
    assert not out.exists()


def test_it_exports_an_open_sdg_folder(tmp_path: Path) -> None:
    figures, _ = files(tmp_path)
    site = tmp_path / "site"
    run = CliRunner().invoke(main, ["export", PLAN, figures, "--to", "opensdg", "-o", str(site)])
    assert run.exit_code == 0, run.output
    assert (site / "data" / "indicator_output-growth.csv").read_text("utf-8").splitlines() == [
        "Year,Area,Stage,Value",
        "2021,,,7.9",
        "2021,999,official,7.9",
    ]
    assert (site / "meta" / "output-growth.yml").exists()
