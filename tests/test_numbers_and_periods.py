"""Vietnamese number formats and the written forms of reporting periods."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.figures.periods import PeriodError, PeriodKind, parse_period
from chitieu.vnnumbers import NumberFormatError, NumberStyle, format_vi, parse_number

VI = NumberStyle.VI


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7,5", "7.5"),
        ("4.400.000", "4400000"),
        ("5,45", "5.45"),
        ("1.234,5", "1234.5"),
        ("108,987", "108.987"),
        ("1.099", "1099"),
        ("-3,2", "-3.2"),
        ("0", "0"),
        ("166", "166"),
    ],
)
def test_it_reads_vietnamese_numbers(text, value):  # type: ignore[no-untyped-def]
    assert parse_number(text, VI) == D(value)


@pytest.mark.parametrize("text", ["7.5", "1.23", "12.34.567", "1,2,3", "", "abc", "1.2345"])
def test_it_rejects_what_is_not_unambiguously_vietnamese(text):  # type: ignore[no-untyped-def]
    with pytest.raises(NumberFormatError):
        parse_number(text, VI)


def test_plain_numbers_reject_commas():
    assert parse_number("7.5") == D("7.5")
    with pytest.raises(NumberFormatError, match="has a comma"):
        parse_number("7,5")


@given(st.decimals(min_value=D("-1e12"), max_value=D("1e12"), places=3))
def test_formatting_and_reading_back_round_trips(value):  # type: ignore[no-untyped-def]
    assert parse_number(format_vi(value, 3), VI) == value


def test_it_formats_for_people():
    assert format_vi(D("1234.5")) == "1.234,5"
    assert format_vi(D("7.25"), 1) == "7,3"  # half up, as published
    assert format_vi(D("17.60"), 2, trim=True) == "17,6"
    assert format_vi(D("1234.5"), locale="en") == "1,234.5"


@pytest.mark.parametrize(
    ("text", "kind", "months"),
    [
        ("2021", PeriodKind.YEAR, 12),
        ("2021-H1", PeriodKind.HALF, 6),
        ("2021-9M", PeriodKind.NINE_MONTHS, 9),
        ("2021-Q3", PeriodKind.QUARTER, 3),
        ("2021-07", PeriodKind.MONTH, 1),
        ("2021/2025", PeriodKind.TERM, 60),
    ],
)
def test_it_reads_every_period_form(text, kind, months):  # type: ignore[no-untyped-def]
    p = parse_period(text)
    assert p.kind is kind and str(p) == text and p.months_covered() == months


@pytest.mark.parametrize("text", ["2021-13", "2021-H3", "2025/2021", "21", "2021-Q5", "năm 2021"])
def test_it_rejects_unknown_periods(text):  # type: ignore[no-untyped-def]
    with pytest.raises(PeriodError):
        parse_period(text)


def test_part_year_periods_end_where_they_should():
    assert [
        parse_period(p).end_month() for p in ["2021-H1", "2021-H2", "2021-9M", "2021-Q3", "2021-07"]
    ] == [6, 12, 9, 9, 7]


def test_periods_have_vietnamese_names():
    assert parse_period("2023-9M").label_vi() == "9 tháng năm 2023"
    assert parse_period("2023-Q3").label_vi() == "Quý III/2023"
    assert parse_period("2023-9M").label("en") == "nine months of 2023"


def test_it_keeps_the_decimals_asked_for_and_shows_a_missing_value_as_a_dash():
    assert format_vi(D("17.60"), 2) == "17,60"  # a table's column keeps its decimals
    assert format_vi(D("5"), 1) == "5,0"
    assert format_vi(D("1234.5"), 0) == "1.235"
    assert format_vi(D("1.23456"), 4) == "1,2346"
    assert format_vi(D("18.004"), 2, trim=True) == "18"  # no decimal mark left alone
    assert format_vi(None) == "–"
