"""A province publishes its targets on an Open SDG site: each measure becomes
data/indicator_<id>.csv (Year, Area, Stage, Value; the headline is the area's current
figure) and meta/<id>.yml with the target value, target year and progress options."""

import csv
from pathlib import Path

import yaml

from chitieu.exchange import opensdg
from chitieu.exchange.mapping import mapping_from_data
from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import load_plan

ROOT = Path(__file__).resolve().parents[1]
PLAN = load_plan(ROOT / "docs" / "examples" / "vidu.yaml")
FIGURES = """metric,period,value,stage,as_of,unit_code,source
poverty-rate,2021,4.3,estimate,2021-12-10,,
poverty-rate,2021,4.1,official,2022-03-31,,
poverty-rate,2022,3.2,official,2023-03-31,,
poverty-rate,2022,2.9,official,2023-03-31,99901,
poverty-rate,2023-9M,2.8,estimate,2023-10-05,,
"""


def test_it_writes_an_indicator_file_and_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text(FIGURES, encoding="utf-8")
    figs = read_figures(tmp_path / "f.csv", PLAN)
    mapping = mapping_from_data(
        {"metrics": {m.id: f"vd-{i}" for i, m in enumerate(PLAN.metrics(), 1)}}
    )
    site = tmp_path / "site"
    assert opensdg.write(figs, PLAN, mapping, site) == 12
    with (site / "data" / "indicator_vd-2.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["Year", "Area", "Stage", "Value"],
        ["2021", "", "", "4.1"],
        ["2022", "", "", "3.2"],
        ["2021", "999", "estimate", "4.3"],
        ["2021", "999", "official", "4.1"],
        ["2022", "999", "official", "3.2"],
        ["2022", "99901", "official", "2.9"],
    ]
    meta = yaml.safe_load((site / "meta" / "vd-2.yml").read_text("utf-8"))
    assert meta["indicator_number"] == "vd-2"
    assert meta["indicator_name"] == "Tỷ lệ hộ nghèo"
    assert meta["computation_units"] == "%"
    assert meta["auto_progress_calculation"] is True
    assert meta["progress_calculation_options"] == [
        {"direction": "negative", "base_year": 2020, "target_year": 2025, "target": 2}
    ]
    manual = yaml.safe_load((site / "meta" / "vd-6.yml").read_text("utf-8"))
    assert manual["auto_progress_calculation"] is False
    assert "progress_calculation_options" not in manual
    assert (site / "data" / "indicator_vd-1.csv").read_text("utf-8") == "Year,Area,Stage,Value\n"
