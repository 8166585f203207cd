"""Whatever a --units file holds (broken YAML or CSV, another encoding, odd records), reading
it gives its units and lineage records or the project's input error naming the file: never
another exception, so `chitieu units` and `chitieu evaluate --units` exit 2 (issue 10)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given

from chitieu.problems import InputError
from chitieu.units.files import load_registry, read_units_file
from tests.filekit import fuzz, mutated, read_or_refuse

# the examples of docs/units-format.md
YAML = """units:
  - code: "06001"
    name: Xã Đoàn Kết
    level: commune
    type: xã
    parent: "180"
    valid_from: 2015-01-01
    valid_to: 2019-12-31
    act: Nghị quyết 818/NQ-UBTVQH14
changes:
  - predecessor: "06001"
    successor: "06004"
    kind: merge
    effective: 2020-01-01
    act: Nghị quyết 818/NQ-UBTVQH14
""".encode()
CSV = """record,code,name,level,type,parent,valid_from,valid_to,predecessor,successor,kind,effective,act
unit,T01,Xã Thử Một,commune,xã,178,,2019-12-31,,,,,
change,,,,,,,,T01,T03,merge,2020-01-01,NQ thử
""".encode()  # noqa: E501


def load(path: Path) -> None:
    read_units_file(path)
    # then checked with Lạng Sơn's units, as `chitieu units --units FILE` does; the
    # registry's problems name records of the bundled data too
    with contextlib.suppress(InputError):
        load_registry("20", path)


def read(data: bytes, suffix: str) -> None:
    read_or_refuse(load, data, f"don-vi{suffix}")


@fuzz(150)
@given(mutated(YAML))
def test_it_reads_or_refuses_any_mutated_yaml_units_file(data: bytes) -> None:
    read(data, ".yaml")


@fuzz(150)
@given(mutated(CSV))
def test_it_reads_or_refuses_any_mutated_csv_units_file(data: bytes) -> None:
    read(data, ".csv")
