"""A figure given twice in another system's file, or in a department's sheet, is named by
its own line (or row) and by the line it repeats (not by the order of the records), and a
record whose code is not in the mapping is not also called a duplicate: its measure or
unit is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from chitieu.exchange import dhis2, sheets
from chitieu.exchange.mapping import mapping_from_data
from chitieu.problems import InputError
from chitieu.targets.planfile import load_plan

ROOT = Path(__file__).resolve().parents[1]
PLAN = load_plan(ROOT / "docs" / "examples" / "vidu.yaml")
MAPPING = mapping_from_data({"stage": "official"})
HEADER = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup\n"  # noqa: E501


def _problems(tmp_path: Path, lines: str) -> list[str]:
    path = tmp_path / "gia-tri.csv"
    path.write_text(HEADER + lines, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        dhis2.read(path, PLAN, MAPPING)
    return [str(p).replace(str(path), "gia-tri.csv") for p in caught.value.problems]


def test_it_names_the_line_a_duplicate_repeats(tmp_path):
    lines = (
        "poverty-rate,2022,999,,,4.1,,2023-03-31,,\n"
        "poverty-rate,2023,999,,,3.5,,2024-03-31,,\n"
        "poverty-rate,2022,999,,,4.2,,2023-03-31,,\n"
    )
    assert _problems(tmp_path, lines) == [
        "gia-tri.csv:4: field 'period': the same measure, period, unit, stage and date as at "
        "2 (a revision needs a later date or another stage)"
    ]


def test_it_does_not_call_a_record_with_an_unknown_code_a_duplicate(tmp_path):
    mapped = mapping_from_data({"stage": "official", "units": {"999": "ImspTQPwCqd"}})
    path = tmp_path / "gia-tri.csv"
    path.write_text(
        HEADER
        + "poverty-rate,2022,ImspTQPwCqd,,,4.1,,2023-03-31,,\n"
        + "poverty-rate,2022,XX,,,4.2,,2023-03-31,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        dhis2.read(path, PLAN, mapped)
    assert [(p.line, p.code, p.field) for p in caught.value.problems] == [
        (3, "exchange.code_unknown", "orgUnit")
    ]


def test_it_names_the_sheet_row_a_duplicate_repeats(tmp_path):
    path = tmp_path / "bieu.csv"
    path.write_text(
        "Chỉ tiêu,Kỳ,Giá trị\n"
        'poverty-rate,Năm 2022,"4,1"\n'
        'poverty-rate,Năm 2023,"3,5"\n'
        'poverty-rate,Năm 2022,"4,2"\n',
        encoding="utf-8",
    )
    mapping = mapping_from_data(
        {
            "header_row": 1,
            "columns": {"metric": "Chỉ tiêu", "period": "Kỳ", "value": "Giá trị"},
            "stage": "official",
            "as_of": "31/3/2024",
            "numbers": "vi",
        }
    )
    with pytest.raises(InputError) as caught:
        sheets.read(path, PLAN, mapping)
    assert [(p.sheet, p.row, p.code, p.params["n"]) for p in caught.value.problems] == [
        ("bieu", 4, "figures.duplicate", "2")
    ]
