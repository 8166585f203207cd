"""Units files in YAML and CSV read to the same records; bad records are named (synthetic)."""

from datetime import date
from pathlib import Path

import pytest

from chitieu.problems import InputError
from chitieu.units.files import read_units_file
from chitieu.units.model import ChangeKind

CSV = """\
record,code,name,level,type,parent,valid_from,valid_to,predecessor,successor,kind,effective,act
unit,T01,Xã Thử Một,commune,xã,178,,2019-12-31,,,,,
unit,T03,Xã Thử Ba,commune,xã,178,2020-01-01,,,,,,
change,,,,,,,,T01,T03,merge,2020-01-01,NQ thử
"""


def test_it_reads_units_and_changes_from_csv(tmp_path: Path):
    path = tmp_path / "units.csv"
    path.write_text(CSV, encoding="utf-8")
    units, changes = read_units_file(path)
    assert [(u.code, u.valid_from, u.valid_to) for u in units] == [
        ("T01", None, date(2019, 12, 31)),
        ("T03", date(2020, 1, 1), None),
    ]
    assert [(c.predecessor, c.successor, c.kind, c.act, c.origin) for c in changes] == [
        ("T01", "T03", ChangeKind.MERGE, "NQ thử", "units.csv:4")
    ]


def test_it_names_the_line_and_field_of_each_bad_csv_record(tmp_path: Path):
    path = tmp_path / "units.csv"
    path.write_text(CSV + "change,,,,,,,,T01,T03,swap,2020-13-01,\nhamlet\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_units_file(path)
    assert [str(p) for p in exc.value.problems] == [
        "units.csv:5: field 'kind': “swap” is not one of merge, split, rename, retype",
        "units.csv:5: field 'effective': “2020-13-01” is not a date (YYYY-MM-DD)",
        "units.csv:6: field 'record': a record is “unit” or “change”, not “hamlet”",
    ]
