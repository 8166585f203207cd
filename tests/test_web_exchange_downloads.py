"""The plan's approved figures download as DHIS2 (JSON, CSV), SDMX-CSV, SDMX-ML with its
structure and Open SDG (a zip), each readable by the other system's own tools (DHIS2's
schema, sdmx1), holding the approved figures only: a draft value is in none of them."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import sdmx

from tests.exchangeweb import exchange_plan
from tests.webhelpers import client_for

SCHEMA = json.loads(Path("tests/data/dhis2/dataValueSet.schema.json").read_text("utf-8"))


def _get(slug: str, name: str) -> bytes:
    response = client_for(None).get(f"/plans/{slug}/exchange/{name}")
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Disposition"] == f'attachment; filename="{slug}.{name}"'
    return response.getvalue()


def test_it_downloads_a_dhis2_payload_that_dhis2s_schema_accepts(demo, people):
    plan = exchange_plan(people["kehoach"])
    payload = json.loads(_get(plan.slug, "dhis2.json"))
    jsonschema.validate(payload, SCHEMA)
    # the current figure of each point, in chitieu's own codes (no mapping kept)
    assert payload == {
        "dataValues": [
            {
                "dataElement": "nuoc-sach",
                "period": "2022",
                "orgUnit": "20",
                "value": "61",
                "lastUpdated": "2023-03-31",
                "comment": "Cục Thống kê",
            },
            {
                "dataElement": "nuoc-sach",
                "period": "2023",
                "orgUnit": "20",
                "value": "66",
                "lastUpdated": "2023-12-10",
                "comment": "Cục Thống kê",
            },
        ]
    }
    rows = list(csv.reader(io.StringIO(_get(plan.slug, "dhis2.csv").decode())))
    assert rows[0][:3] == ["dataelement", "period", "orgunit"]
    assert [(r[0], r[1], r[2], r[5]) for r in rows[1:]] == [
        ("nuoc-sach", "2022", "20", "61"),
        ("nuoc-sach", "2023", "20", "66"),
    ]


def _observations(message) -> dict[tuple[str, ...], float]:
    # (sdmx1 reads SDMX-CSV values as numbers, SDMX-ML ones as text)
    return {
        tuple(str(kv.value) for kv in obs.dimension.values.values()): float(obs.value)
        for obs in message.data[0].obs
    }


def test_it_downloads_sdmx_that_sdmx1_reads_with_the_published_structure(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    structure_file = tmp_path / "structure.xml"
    structure_file.write_bytes(_get(plan.slug, "structure.xml"))
    structure = sdmx.read_sdmx(structure_file)
    dsd = structure.structure["DSD_FIGURES"]
    assert list(structure.dataflow) == ["xuat"]
    expected = {
        ("nuoc-sach", "20", "official", "2023-03-31", "2022"): 61.0,
        ("nuoc-sach", "20", "estimate", "2023-12-10", "2023"): 66.0,
    }
    ml = tmp_path / "data.xml"
    ml.write_bytes(_get(plan.slug, "sdmx.xml"))
    assert _observations(sdmx.read_sdmx(ml, structure=dsd)) == expected
    data = tmp_path / "data.csv"
    data.write_bytes(_get(plan.slug, "sdmx.csv"))
    assert _observations(sdmx.read_sdmx(data, structure=dsd)) == expected


def test_it_downloads_open_sdg_data_and_metadata_in_a_zip(demo, people):
    plan = exchange_plan(people["kehoach"])
    with zipfile.ZipFile(io.BytesIO(_get(plan.slug, "opensdg.zip"))) as z:
        assert sorted(z.namelist()) == [
            "data/indicator_nuoc-sach.csv",
            "data/indicator_xa-dat-chuan.csv",
            "meta/nuoc-sach.yml",
            "meta/xa-dat-chuan.yml",
        ]
        data = z.read("data/indicator_nuoc-sach.csv").decode()
        meta = z.read("meta/nuoc-sach.yml").decode()
    assert "99" not in data
    assert data.splitlines()[0] == "Year,Area,Stage,Value"
    assert "2022,20,official,61" in data and "2023,20,estimate,66" in data
    assert "target: 65" in meta and "indicator_name: Tỷ lệ hộ dùng nước sạch" in meta


def test_no_download_holds_a_draft_value(demo, people):
    plan = exchange_plan(people["kehoach"])
    # how each format would write the draft's period and value (99 for 2024)
    draft = {
        "dhis2.json": [b'"period": "2024"', b'"value": "99"'],
        "dhis2.csv": [b",2024,", b",99,"],
        "sdmx.csv": [b",2024,", b",99,"],
        "sdmx.xml": [b'TIME_PERIOD="2024"', b'OBS_VALUE="99"'],
    }
    for name, marks in draft.items():
        body = client_for("laodong").get(f"/plans/{plan.slug}/exchange/{name}").getvalue()
        assert b"2023" in body  # an approved figure is there
        assert not [m for m in marks if m in body], name
