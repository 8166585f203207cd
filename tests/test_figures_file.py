"""Figures files are read whole or not at all, with each problem named by line and field."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import polars as pl
import pytest

from chitieu.figures.reading import read_figures
from chitieu.problems import InputError
from tests.helpers import make_plan

PLAN = make_plan(
    {"id": "gdp", "kind": "average_annual_growth", "input": "rate", "comparator": ">=", "low": "7"},
    {"id": "forest", "kind": "every_year", "comparator": ">=", "low": "9000"},
)
HEADER = "metric,period,value,stage,as_of,unit_code,source\n"


def write(tmp_path: Path, body: str, name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def problems(path: Path, **kw):  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        read_figures(path, PLAN, **kw)
    return [str(p) for p in info.value.problems]


def test_it_reads_figures_with_their_vintage(tmp_path: Path):
    path = write(
        tmp_path,
        HEADER + "gdp,2021,6.8,estimate,2021-12-10,,Cục TK\n"
        "gdp,2021,7.1,official,25/9/2022,20,Cục TK\n",
    )
    figs = read_figures(path, PLAN)
    assert [(f.value, f.stage.value, f.as_of, f.unit_code) for f in figs] == [
        (D("6.8"), "estimate", date(2021, 12, 10), "20"),
        (D("7.1"), "official", date(2022, 9, 25), "20"),
    ]


def test_it_names_every_bad_line_and_field_and_keeps_nothing(tmp_path: Path):
    path = write(
        tmp_path,
        HEADER + "gdp,2021,7.1,official,2022-03-31,,\n"
        "gdpx,2021,7,official,2022-03-31,,\n"
        "gdp,2022,seven,official,2023-03-31,,\n"
        "gdp,2031,7,official,2032-03-31,,\n"
        "gdp,2022,7,guess,2023-03-31,,\n"
        "gdp,2023,7,official,31/02/2024,,\n",
    )
    found = problems(path)
    assert found == [
        f"{path}:3: field 'metric': unknown measure “gdpx” (not in plan test-plan)",
        f"{path}:4: field 'value': “seven” is not a number",
        f"{path}:5: field 'period': 2031 is outside the term (figures from 2020, the baseline "
        "year, to 2025)",
        f"{path}:6: field 'stage': “guess” is not a stage (plan, estimate, preliminary, official)",
        f"{path}:7: field 'as_of': “31/02/2024” is not a date (write 25/9/2021 or 2021-09-25)",
    ]


def test_a_duplicate_row_is_an_error_naming_the_first(tmp_path: Path):
    path = write(
        tmp_path,
        HEADER + "gdp,2021,7.1,official,2022-03-31,,\ngdp,2021,7.2,official,2022-03-31,20,\n",
    )
    assert problems(path) == [
        f"{path}:3: field 'period': the same measure, period, unit, stage and date as at 2 "
        "(a revision needs a later date or another stage)"
    ]


def test_vietnamese_numbers_need_the_file_or_the_flag_to_say_so(tmp_path: Path):
    body = (
        HEADER
        + 'forest,2021,"9.500,5",official,2022-03-31,,\ngdp,2021,"7,5",official,2022-03-31,,\n'
    )
    plain = write(tmp_path, body)
    assert any("has a comma" in p for p in problems(plain))
    assert [f.value for f in read_figures(plain, PLAN, numbers="vi")] == [D("9500.5"), D("7.5")]
    marked = write(tmp_path, "# numbers: vi\n" + body, "g.csv")
    assert [f.value for f in read_figures(marked, PLAN)] == [D("9500.5"), D("7.5")]
    assert any("the option says plain" in p for p in problems(marked, numbers="plain"))


def test_an_ambiguous_vietnamese_number_is_an_error_not_a_guess(tmp_path: Path):
    path = write(tmp_path, "# numbers: vi\n" + HEADER + "gdp,2021,7.5,official,2022-03-31,,\n")
    assert problems(path) == [
        f"{path}:3: field 'value': “7.5” is ambiguous: “.” groups thousands in threes and “,” "
        "is the decimal mark"
    ]


def test_a_term_period_must_be_the_plans_term(tmp_path: Path):
    path = write(
        tmp_path,
        HEADER + "gdp,2021/2025,7,official,2026-03-31,,\ngdp,2021/2024,7,official,2026-03-31,,\n",
    )
    assert problems(path) == [
        f"{path}:3: field 'period': 2021/2024 is not the plan's term 2021/2025"
    ]


def test_a_figure_reported_before_its_period_began_is_rejected(tmp_path: Path):
    path = write(tmp_path, HEADER + "gdp,2023,7,estimate,2022-12-10,,\n")
    assert "before the period 2023 began" in problems(path)[0]


def test_missing_and_unknown_columns_are_named(tmp_path: Path):
    path = write(tmp_path, "metric,period,valu,stage,as_of\n")
    found = problems(path)
    assert f"{path}:1: field 'value': missing column “value”" in found
    assert any("unknown column “valu”" in p for p in found)


def test_unsupported_and_missing_files(tmp_path: Path):
    assert "unsupported file type" in problems(write(tmp_path, "x", "f.xls"))[0]
    assert problems(tmp_path / "none.csv") == [f"{tmp_path / 'none.csv'}: no such file"]


def test_it_reads_parquet_and_names_rows(tmp_path: Path):
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "metric": ["gdp", "gdp"],
            "period": ["2021", "2022"],
            "value": [7.3, None],
            "stage": ["official", "official"],
            "as_of": [date(2022, 3, 31), date(2023, 3, 31)],
        }
    ).write_parquet(path)
    assert problems(path) == [f"{path}: row 2: field 'value': empty value"]
    pl.DataFrame(
        {
            "metric": ["gdp"],
            "period": ["2021"],
            "value": [7.3],
            "stage": ["official"],
            "as_of": [date(2022, 3, 31)],
        }
    ).write_parquet(path)
    (f,) = read_figures(path, PLAN)
    assert f.value == D("7.3") and f.origin == f"{path} row 1"


def test_a_row_with_too_many_values_is_reported_and_reading_goes_on(tmp_path: Path):
    path = write(
        tmp_path,
        HEADER + "gdp,2021,7,official,2022-03-31,,,extra\ngdp,2022,x,official,2023-03-31,,\n",
    )
    assert problems(path) == [
        f"{path}:2: more values than columns",
        f"{path}:3: field 'value': “x” is not a number",
    ]


def test_a_parquet_timestamp_counts_as_its_date(tmp_path: Path):
    from datetime import datetime

    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "metric": ["gdp"],
            "period": ["2021"],
            "value": [7.3],
            "stage": ["official"],
            "as_of": [datetime(2022, 3, 31, 15, 0)],
        }
    ).write_parquet(path)
    (f,) = read_figures(path, PLAN)
    assert f.as_of == date(2022, 3, 31)


def test_parquet_column_problems_name_the_column_not_a_line(tmp_path: Path):
    path = tmp_path / "f.parquet"
    pl.DataFrame({"metric": ["gdp"], "period": ["2021"], "value": [7.3]}).write_parquet(path)
    assert f"{path}: field 'stage': missing column “stage”" in problems(path)


def test_notes_are_kept(tmp_path: Path):
    path = write(
        tmp_path,
        "metric,period,value,stage,as_of,note\n"
        "gdp,2021,7,official,2022-03-31,số liệu đã điều chỉnh\n",
    )
    assert read_figures(path, PLAN)[0].note == "số liệu đã điều chỉnh"
