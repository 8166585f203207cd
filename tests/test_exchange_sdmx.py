"""A statistics office reads chitieu's figures as SDMX (SDMX-CSV 2.0 and SDMX-ML
structure-specific data, with chitieu's data structure) with the sdmx1 library, and
chitieu reads SDMX-CSV back, its own or another system's through a mapping."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sdmx

from chitieu.exchange import sdmx as exchange_sdmx
from chitieu.exchange.mapping import Mapping, mapping_from_data
from chitieu.figures.model import Stage
from chitieu.figures.reading import read_figures
from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

ROOT = Path(__file__).resolve().parents[1]
PLAN = load_plan(ROOT / "docs" / "examples" / "vidu.yaml")
FIGURES = """metric,period,value,stage,as_of,unit_code,source,note
output-growth,2021,7.6,estimate,2021-12-10,,Báo cáo KT-XH năm 2021,
output-growth,2021,7.9,official,2022-03-31,,Niên giám thống kê 2021,sửa số ước
output-growth,2023-9M,6.5,estimate,2023-10-05,,,
output-growth,2021/2025,8.1,plan,2021-01-15,,Kế hoạch 5 năm,
poverty-rate,2022-H2,3.3,preliminary,2023-01-10,99901,,
poverty-rate,2022,3.2,official,2023-03-31,,"=HYPERLINK(""http://x"",""bấm"")",
"""


def figures(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text(FIGURES, encoding="utf-8")
    return read_figures(path, PLAN)


def comparable(figs):
    return sorted(
        (f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code, f.source, f.note)
        for f in figs
    )


def test_it_writes_sdmx_ml_that_sdmx1_reads_with_chitieus_structure(tmp_path: Path) -> None:
    data, dsd_file = tmp_path / "f.xml", tmp_path / "dsd.xml"
    assert exchange_sdmx.write_ml(figures(tmp_path), PLAN, data) == 6
    exchange_sdmx.write_structure(PLAN, dsd_file)
    structure = sdmx.read_sdmx(dsd_file)
    dsd = structure.structure["DSD_FIGURES"]
    assert [d.id for d in dsd.dimensions] == ["METRIC", "AREA", "STAGE", "AS_OF", "TIME_PERIOD"]
    assert [a.id for a in dsd.attributes] == ["SOURCE", "NOTE"]
    assert list(structure.dataflow) == ["vidu-2021-2025"]
    message = sdmx.read_sdmx(data, structure=dsd)
    seen = {
        tuple(str(kv.value) for kv in obs.dimension.values.values()): (
            obs.value,
            {k: str(v.value) for k, v in obs.attached_attribute.items()},
        )
        for obs in message.data[0].obs
    }
    assert seen[("output-growth", "999", "official", "2022-03-31", "2021")] == (
        "7.9",
        {"SOURCE": "Niên giám thống kê 2021", "NOTE": "sửa số ước"},
    )
    assert seen[("output-growth", "999", "estimate", "2023-10-05", "2023-01-01/P9M")][0] == "6.5"
    assert seen[("output-growth", "999", "plan", "2021-01-15", "2021-01-01/P5Y")][0] == "8.1"
    assert seen[("poverty-rate", "99901", "preliminary", "2023-01-10", "2022-S2")][0] == "3.3"


def test_it_writes_sdmx_csv_2_that_sdmx1_reads(tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    exchange_sdmx.write_csv(figures(tmp_path), PLAN, out)
    lines = out.read_text("utf-8").splitlines()
    assert (
        lines[0]
        == "STRUCTURE,STRUCTURE_ID,ACTION,METRIC,AREA,STAGE,AS_OF,TIME_PERIOD,OBS_VALUE,SOURCE,NOTE"
    )
    assert (
        "dataflow,CHITIEU:vidu-2021-2025(1.0),I,poverty-rate,99901,preliminary,2023-01-10,2022-S2,3.3,,"
        in lines
    )
    message = sdmx.read_sdmx(out, structure=exchange_sdmx.structure())
    assert len(message.data[0].obs) == 6
    # a source that a spreadsheet would run is written as text (and read back as it was)
    assert 'official,2023-03-31,2022,3.2,"\'=HYPERLINK(""http://x"",""bấm"")",' in out.read_text(
        "utf-8"
    )


def test_it_reads_its_own_sdmx_csv_back_to_the_same_figures(tmp_path: Path) -> None:
    figs = figures(tmp_path)
    out = tmp_path / "out.csv"
    exchange_sdmx.write_csv(figs, PLAN, out)
    assert comparable(exchange_sdmx.read_csv(out, PLAN, Mapping())) == comparable(figs)


OTHER = """STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS
dataflow,GSO:DF_KTXH(1.0),I,VN-09,GRDP_GR,2022,8.4,A
dataflow,GSO:DF_KTXH(1.0),I,VN-09,POV_RATE,2022-A1,3.2,A
dataflow,GSO:DF_KTXH(1.0),I,VN-09,POV_RATE,2022W07,3.1,A
dataflow,GSO:DF_KTXH(1.0),I,VN-10,GRDP_GR,2022,x,A
"""


def test_it_reads_another_systems_sdmx_csv_through_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "gso.csv"
    path.write_text(
        OTHER.replace("2022W07", "2021").replace("VN-10,GRDP_GR,2022,x", "VN-09,GRDP_GR,2021,7.9"),
        encoding="utf-8",
    )
    mapping = mapping_from_data(
        {
            "columns": {"metric": "INDICATOR", "unit": "REF_AREA"},
            "metrics": {"output-growth": "GRDP_GR", "poverty-rate": "POV_RATE"},
            "units": {"999": "VN-09"},
            "stage": "official",
            "as_of": "2023-04-01",
            "source": "Tổng cục Thống kê",
        }
    )
    got = sorted(
        (f.metric, str(f.period), f.value, f.stage, f.as_of, f.unit_code, f.source)
        for f in exchange_sdmx.read_csv(path, PLAN, mapping)
    )
    official, day, gso = Stage.OFFICIAL, date(2023, 4, 1), "Tổng cục Thống kê"
    assert got == [
        ("output-growth", "2021", Decimal("7.9"), official, day, "999", gso),
        ("output-growth", "2022", Decimal("8.4"), official, day, "999", gso),
        ("poverty-rate", "2021", Decimal("3.1"), official, day, "999", gso),
        ("poverty-rate", "2022", Decimal("3.2"), official, day, "999", gso),
    ]


def test_it_names_the_line_of_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "gso.csv"
    path.write_text(OTHER, encoding="utf-8")
    mapping = mapping_from_data(
        {
            "columns": {"metric": "INDICATOR", "unit": "REF_AREA"},
            "metrics": {"output-growth": "GRDP_GR", "poverty-rate": "POV_RATE"},
            "units": {"999": "VN-09"},
            "stage": "official",
            "as_of": "2023-04-01",
        }
    )
    with pytest.raises(InputError) as caught:
        exchange_sdmx.read_csv(path, PLAN, mapping)
    assert sorted((p.line, p.field, p.code) for p in caught.value.problems) == [
        (4, "TIME_PERIOD", "sdmx.period_bad"),
        (5, "REF_AREA", "exchange.code_unknown"),
        (5, "value", "number.not_a_number"),
    ]
