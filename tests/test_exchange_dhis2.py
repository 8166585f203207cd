"""A province sends its figures to DHIS2 as a dataValueSets payload (JSON or CSV) with a
mapping of its codes, reads such a payload back into the same figures, and is told by
name which figure DHIS2 cannot hold (a nine-month period) or which code is unmapped."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from chitieu.exchange import dhis2
from chitieu.exchange.mapping import mapping_from_data
from chitieu.figures.model import Stage
from chitieu.figures.reading import read_figures
from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

ROOT = Path(__file__).resolve().parents[1]
PLAN = load_plan(ROOT / "docs" / "examples" / "vidu.yaml")
SCHEMA = json.loads((ROOT / "tests/data/dhis2/dataValueSet.schema.json").read_text("utf-8"))
MAPPING = mapping_from_data(
    {
        "metrics": {"output-growth": "fBk4ZF8sdAb", "poverty-rate": "Uvn6LCg7dVU"},
        "units": {"999": "ImspTQPwCqd", "99901": "DiszpKrYNg8"},
        "stages": {"estimate": "EstAoc00001", "official": "OffAoc00001"},
        "data_set": "BfMAe6Itzgt",
    }
)
FIGURES = """metric,period,value,stage,as_of,unit_code,source
output-growth,2021,7.6,estimate,2021-12-10,,Báo cáo KT-XH năm 2021
output-growth,2021,7.9,official,2022-03-31,,Niên giám thống kê 2021
output-growth,2022-H1,6.1,estimate,2022-07-05,,
poverty-rate,2022-Q3,3.4,official,2022-10-10,99901,
poverty-rate,2022-07,3.5,official,2022-08-02,,
"""


def figures_file(tmp_path: Path, text: str = FIGURES) -> Path:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    return path


def comparable(figures):
    return sorted(
        (f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code, f.source) for f in figures
    )


def test_it_writes_the_payload_dhis2_expects(tmp_path: Path) -> None:
    figs = read_figures(figures_file(tmp_path), PLAN)
    out = tmp_path / "payload.json"
    assert dhis2.write_json(figs, MAPPING, out) == 5
    payload = json.loads(out.read_text("utf-8"))
    jsonschema.validate(payload, SCHEMA)
    assert payload["dataSet"] == "BfMAe6Itzgt"
    by_period = {
        (v["period"], v["orgUnit"], v.get("attributeOptionCombo")): v for v in payload["dataValues"]
    }
    assert by_period[("2021", "ImspTQPwCqd", "OffAoc00001")] == {
        "dataElement": "fBk4ZF8sdAb",
        "period": "2021",
        "orgUnit": "ImspTQPwCqd",
        "attributeOptionCombo": "OffAoc00001",
        "value": "7.9",
        "lastUpdated": "2022-03-31",
        "comment": "Niên giám thống kê 2021",
    }
    assert set(by_period) == {
        ("2021", "ImspTQPwCqd", "EstAoc00001"),
        ("2021", "ImspTQPwCqd", "OffAoc00001"),
        ("2022S1", "ImspTQPwCqd", "EstAoc00001"),
        ("2022Q3", "DiszpKrYNg8", "OffAoc00001"),
        ("202207", "ImspTQPwCqd", "OffAoc00001"),
    }


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_it_reads_back_the_same_figures(tmp_path: Path, suffix: str) -> None:
    figs = read_figures(figures_file(tmp_path), PLAN)
    out = tmp_path / f"payload{suffix}"
    (dhis2.write_json if suffix == ".json" else dhis2.write_csv)(figs, MAPPING, out)
    assert comparable(dhis2.read(out, PLAN, MAPPING)) == comparable(figs)


def test_it_writes_dhis2_csv_columns_in_dhis2_order(tmp_path: Path) -> None:
    figs = read_figures(
        figures_file(tmp_path, FIGURES.splitlines()[0] + "\n" + FIGURES.splitlines()[2] + "\n"),
        PLAN,
    )
    out = tmp_path / "payload.csv"
    dhis2.write_csv(figs, MAPPING, out)
    assert out.read_text("utf-8").splitlines() == [
        "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup",
        "fBk4ZF8sdAb,2021,ImspTQPwCqd,,OffAoc00001,7.9,,2022-03-31,Niên giám thống kê 2021,",
    ]


def test_it_refuses_a_nine_month_figure_by_name(tmp_path: Path) -> None:
    path = figures_file(tmp_path, FIGURES + "output-growth,2023-9M,6.5,estimate,2023-10-05,,\n")
    figs = read_figures(path, PLAN)
    out = tmp_path / "payload.json"
    with pytest.raises(InputError) as caught:
        dhis2.write_json(figs, MAPPING, out)
    (p,) = caught.value.problems
    assert (p.file, p.code, p.field) == (f"{path}:7", "dhis2.period_lacking", "period")
    assert "DHIS2 has no period for 2023-9M (9 tháng năm 2023)" in str(p)
    assert not out.exists()


def test_it_refuses_a_measure_or_unit_without_a_code(tmp_path: Path) -> None:
    path = figures_file(tmp_path, FIGURES + "new-forest,2022,505,official,2023-03-31,99902,\n")
    with pytest.raises(InputError) as caught:
        dhis2.values(read_figures(path, PLAN), MAPPING)
    assert [(p.file, p.code, dict(p.params)) for p in caught.value.problems] == [
        (f"{path}:7", "exchange.metric_unmapped", {"m": "new-forest"}),
        (f"{path}:7", "exchange.unit_unmapped", {"u": "99902"}),
    ]


def test_it_names_the_data_value_of_every_problem_on_import(tmp_path: Path) -> None:
    payload = {
        "dataValues": [
            {
                "dataElement": "fBk4ZF8sdAb",
                "period": "2021",
                "orgUnit": "ImspTQPwCqd",
                "attributeOptionCombo": "OffAoc00001",
                "value": "7.9",
                "lastUpdated": "2022-03-31",
            },
            {
                "dataElement": "XXXXXXXXXXX",
                "period": "2021W3",
                "orgUnit": "ImspTQPwCqd",
                "attributeOptionCombo": "OffAoc00001",
                "value": "bảy",
                "lastUpdated": "2022-03-31",
            },
        ]
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        dhis2.read(path, PLAN, MAPPING)
    found = {(p.path, p.field, p.code) for p in caught.value.problems}
    assert found == {
        ("$.dataValues[1]", "dataElement", "exchange.code_unknown"),
        ("$.dataValues[1]", "period", "dhis2.period_bad"),
        ("$.dataValues[1]", "value", "number.not_a_number"),
    }


def test_it_takes_the_stage_and_date_from_the_mapping_when_the_payload_has_none(
    tmp_path: Path,
) -> None:
    payload = {
        "period": "2022",
        "orgUnit": "ImspTQPwCqd",
        "dataValues": [{"dataElement": "Uvn6LCg7dVU", "value": "3.2"}],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    plain = mapping_from_data(
        {
            "metrics": {"poverty-rate": "Uvn6LCg7dVU"},
            "units": {"999": "ImspTQPwCqd"},
            "stage": "official",
            "as_of": "31/3/2023",
        }
    )
    (f,) = dhis2.read(path, PLAN, plain)
    assert (f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code) == (
        "poverty-rate",
        "2022",
        Decimal("3.2"),
        Stage.OFFICIAL,
        date(2023, 3, 31),
        "999",
    )
    bare = mapping_from_data(
        {"metrics": {"poverty-rate": "Uvn6LCg7dVU"}, "units": {"999": "ImspTQPwCqd"}}
    )
    with pytest.raises(InputError) as caught:
        dhis2.read(path, PLAN, bare)
    assert sorted(p.code for p in caught.value.problems) == [
        "exchange.as_of_missing",
        "exchange.stage_missing",
    ]
