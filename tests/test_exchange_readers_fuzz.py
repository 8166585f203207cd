"""Whatever another system's file holds (a broken DHIS2 payload, a damaged SDMX-CSV, a
spreadsheet cut short or with a damaged sheet), `chitieu import` gives the figures or the
project's input error naming the file: never another exception, so it exits 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from chitieu.exchange import dhis2, sdmx, sheets
from chitieu.exchange.mapping import mapping_from_data
from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import load_plan
from tests.filekit import fuzz, mutated, mutated_part, read_or_refuse

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples"
PLAN = load_plan(EXAMPLE / "vidu.yaml")
MAPPING = mapping_from_data(
    {
        "stage": "official",
        "as_of": "2024-03-31",
        "layout": "wide",
        "columns": {"metric": "Chỉ tiêu"},
        "numbers": "vi",
    }
)
_FIGS = [
    f
    for f in read_figures(EXAMPLE / "vidu.figures.csv", PLAN)
    if f.period.kind.value in ("year", "half")
]


def _seeds(tmp: Path) -> dict[str, bytes]:
    dhis2.write_json([f for f in _FIGS if f.stage.is_actual], MAPPING, tmp / "d.json")
    dhis2.write_csv([f for f in _FIGS if f.stage.is_actual], MAPPING, tmp / "d.csv")
    sdmx.write_csv(_FIGS, PLAN, tmp / "s.csv")
    wb = openpyxl.Workbook()
    wb.active.append(["Chỉ tiêu", "Năm 2021", "9 tháng 2023", "Ước TH 2024"])
    wb.active.append(["output-growth", 7.9, "6,5", 7.2])
    out = io.BytesIO()
    wb.save(out)
    return {
        "d.json": (tmp / "d.json").read_bytes(),
        "d.csv": (tmp / "d.csv").read_bytes(),
        "s.csv": (tmp / "s.csv").read_bytes(),
        "w.csv": b'Ch\xe1\xbb\x89 ti\xc3\xaau,N\xc4\x83m 2021,2022\noutput-growth,"7,9",8\n',
        "w.xlsx": out.getvalue(),
    }


def _make_seeds() -> dict[str, bytes]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return _seeds(Path(tmp))


SEEDS = _make_seeds()
READERS = {
    "d.json": lambda p: dhis2.read(p, PLAN, MAPPING),
    "d.csv": lambda p: dhis2.read(p, PLAN, MAPPING),
    "s.csv": lambda p: sdmx.read_csv(p, PLAN, mapping_from_data({"stage": "official"})),
    "w.csv": lambda p: sheets.read(p, PLAN, MAPPING),
    "w.xlsx": lambda p: sheets.read(p, PLAN, MAPPING),
}


def test_the_seeds_are_read() -> None:
    for name, data in SEEDS.items():
        figures = read_or_refuse(READERS[name], data, name)
        assert figures, name


@fuzz(150)
@given(st.sampled_from(sorted(SEEDS)).flatmap(lambda n: st.tuples(st.just(n), mutated(SEEDS[n]))))
def test_a_damaged_file_is_read_or_refused(case: tuple[str, bytes]) -> None:
    name, data = case
    figures = read_or_refuse(READERS[name], data, name)
    assert figures is None or all(isinstance(f, Figure) for f in figures)


@fuzz(60)
@given(mutated_part(SEEDS["w.xlsx"]))
def test_a_workbook_with_a_damaged_sheet_is_read_or_refused(data: bytes) -> None:
    figures = read_or_refuse(READERS["w.xlsx"], data, "w.xlsx")
    assert figures is None or all(isinstance(f, Figure) for f in figures)


def test_odd_json_values_are_refused_by_their_path(tmp_path: Path) -> None:
    for payload in (
        [],
        {"dataValues": [1]},
        {"dataValues": [{"value": {"a": 1}, "dataElement": [1]}]},
    ):
        figures = read_or_refuse(READERS["d.json"], json.dumps(payload).encode(), "d.json")
        assert figures is None


def test_damaged_sdmx_csv_is_refused_naming_the_file() -> None:
    header, first = SEEDS["s.csv"].decode().splitlines()[:2]
    for text in [
        f"{header}\n{first},extra,more\n",
        f"{header}\ndataflow\n",
        f"{header}\n{first.replace(',I,', ',Z,')}\n",
        f"{header}\n{first.replace('dataflow', 'bogus')}\n",
        "STRUCTURE\nx\n",
        "",
    ]:
        assert read_or_refuse(READERS["s.csv"], text.encode(), "s.csv") is None, text
