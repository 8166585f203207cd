"""A figures file with a value the database would not keep exactly (too many digits,
decimals, or too large) is refused whole, naming the line or row and the field, by
``chitieu evaluate`` and the readers alike: never stored rounded."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.figures.reading import read_figures
from chitieu.problems import InputError
from tests.helpers import make_plan

PLAN = make_plan({"id": "forest", "kind": "every_year", "comparator": ">=", "low": "9000"})
HEADER = "metric,period,value,stage,as_of\n"


def _problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        read_figures(path, PLAN)
    return [str(p) for p in info.value.problems]


def test_it_names_each_line_with_a_value_past_the_limits(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text(
        "# numbers: vi\n" + HEADER + "forest,2021,9999999999999999999999999,official,2022-03-31\n"
        'forest,2022,"1.234.567.890,123456789",official,2023-03-31\n'
        'forest,2023,"0,00000000001",official,2024-03-31\n'
        'forest,2024,"9.100,5",official,2025-03-31\n',
        encoding="utf-8",
    )
    assert _problems(path) == [
        f"{path}:3: field 'value': “9999999999999999999999999” is too large: at most 20 digits "
        "before the decimal mark",
        f"{path}:4: field 'value': “1.234.567.890,123456789” has 19 significant digits: at most "
        "15 are kept exactly; round it",
        f"{path}:5: field 'value': “0,00000000001” has 11 decimals: at most 10 are kept; round it",
    ]


def test_it_names_the_row_of_a_parquet_file(tmp_path: Path):
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "metric": ["forest", "forest"],
            "period": ["2021", "2022"],
            "value": [9100.5, 1e25],
            "stage": ["official", "official"],
            "as_of": ["2022-03-31", "2023-03-31"],
        }
    ).write_parquet(path)
    assert _problems(path) == [
        f"{path}: row 2: field 'value': “10000000000000000000000000” is too large: at most 20 "
        "digits before the decimal mark"
    ]


def test_the_command_line_refuses_it_with_exit_code_2(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text(HEADER + "grdp-growth,2021,1e25,official,2022-03-31\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "langson-xvii", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}:2: field 'value': “1e25” is too large: at most 20 digits before the decimal mark\n"
    )
