"""A number is kept exactly or refused: at most 15 significant digits, 10 decimals and 20
digits before the decimal mark, the one rule every reader and form applies, so no figure
is ever rounded on its way into the database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from chitieu.vnnumbers import (
    NumberFormatError,
    NumberLimit,
    NumberLimitError,
    check_storable,
    format_vi,
    round_half_up,
    spreadsheet_number,
    with_places,
)

KEPT = [
    "4400000",
    "72.5",
    "0.0000000001",  # ten decimals
    "123456789012345",  # fifteen significant digits
    "12345.1234567891",  # fifteen, ten of them decimals
    "99999999999999900000",  # twenty digits before the mark, fifteen significant
    "100000000000000000000E-1",  # 10**19 written with a trailing zero
    "92.50",
    "-0.5",
    "0",
]
# (as written, the limit, the count the message gives)
REFUSED = [
    ("9999999999999999999999999", NumberLimit.SIZE, 25),
    ("1E+25", NumberLimit.SIZE, 26),
    ("100000000000000000000", NumberLimit.SIZE, 21),
    ("0.00000000001", NumberLimit.DECIMALS, 11),
    ("1.50000000000", NumberLimit.DECIMALS, 11),
    ("1234567890.123456789", NumberLimit.DIGITS, 19),
    ("1234567890123456", NumberLimit.DIGITS, 16),
    ("-0.1234567890123456", NumberLimit.DECIMALS, 16),
]


@pytest.mark.parametrize("text", KEPT)
def test_it_keeps_a_number_within_the_limits(text):
    assert check_storable(D(text)) == D(text)


@pytest.mark.parametrize(("text", "limit", "count"), REFUSED)
def test_it_refuses_a_number_past_a_limit_saying_which(text, limit, count):
    with pytest.raises(NumberLimitError) as info:
        check_storable(D(text), text)
    assert (info.value.limit, info.value.count, info.value.text) == (limit, count, text)


def test_it_says_the_limit_in_its_message():
    with pytest.raises(NumberLimitError) as info:
        check_storable(D("1234567890.123456789"))
    assert str(info.value) == (
        "“1234567890.123456789” has 19 significant digits: at most 15 are kept exactly; round it"
    )
    with pytest.raises(NumberLimitError) as info:
        check_storable(D("1E-11"))
    assert str(info.value) == "“0.00000000001” has 11 decimals: at most 10 are kept; round it"


def test_it_refuses_what_is_not_a_finite_number():
    with pytest.raises(NumberFormatError):
        check_storable(D("NaN"))
    with pytest.raises(NumberFormatError):
        check_storable(D("-Infinity"), "-.inf")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        (0.1 + 0.2, "0.3"),
        (72.5, "72.5"),
        (1234567890.123456789, "1234567890.12346"),
        (1e25, "1E+25"),
    ],
)
def test_it_reads_a_spreadsheet_number_as_the_fifteen_digits_excel_shows(cell, value):
    assert spreadsheet_number(cell) == D(value)


def test_it_gives_a_stored_value_its_written_decimals_even_at_the_widest():
    assert str(with_places(D("65.0000000000"), 1)) == "65.0"
    # twenty digits before the mark and ten after: wider than Python's default precision
    wide = D("12345678901234500000.0000000000")
    assert str(with_places(wide, 10)) == "12345678901234500000.0000000000"


def test_it_gives_even_a_value_stored_before_the_limits_its_decimals():
    assert str(with_places(D("1E+25"), 10)) == "10000000000000000000000000.0000000000"


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        ("12345678901234500000.0000000000", None, "12.345.678.901.234.500.000,0000000000"),
        ("12345678901234500000.1234567891", 2, "12.345.678.901.234.500.000,12"),
        ("12345678901234500000.1234567891", 1, "12.345.678.901.234.500.000,1"),
        (
            "10000000000000000000000000.0000000000",
            None,
            "10.000.000.000.000.000.000.000.000,0000000000",
        ),
    ],
)
def test_it_formats_the_widest_values_without_failing(value, decimals, shown):
    assert format_vi(D(value), decimals, trim=decimals == 1) == shown


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1E+30", f"“1{'0' * 30}” is too large: at most 20 digits before the decimal mark"),
        ("1E+31", "“1E+31” is too large: at most 20 digits before the decimal mark"),
        ("1E-30", f"“0.{'0' * 29}1” has 30 decimals: at most 10 are kept; round it"),
        ("1E-31", "“1E-31” has 31 decimals: at most 10 are kept; round it"),
        ("NaN", "“NaN” is not a number"),
    ],
)
def test_it_writes_a_number_given_without_its_text_out_in_full_unless_huge_or_tiny(value, message):
    with pytest.raises(NumberFormatError) as info:
        check_storable(D(value))
    assert str(info.value) == message


def test_it_rounds_the_widest_values_half_up_without_failing():
    # 29 digits: more than Python's default precision of 28
    wide = D("12345678901234500000.1234567895")
    assert round_half_up(wide, 9) == D("12345678901234500000.123456790")
