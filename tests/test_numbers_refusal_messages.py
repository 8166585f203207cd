"""A number that cannot be read is refused with a message saying why, in words a person
can act on: the value as written, and what is wrong with it (a comma in a plain file, a
"." that could group thousands or mark decimals, nothing at all). The Vietnamese minus
sign "−" that documents print is read as a minus.

A province relies on this when a cell of a figures file is wrong: the message (with the
place the caller adds) says what to fix."""

from __future__ import annotations

import math
from decimal import Decimal as D

import pytest

from chitieu.vnnumbers import (
    NumberFormatError,
    NumberStyle,
    parse_number,
    spreadsheet_number,
    to_decimal,
)

VI = NumberStyle.VI
AMBIGUOUS = "is ambiguous: “.” groups thousands in threes and “,” is the decimal mark"


@pytest.mark.parametrize(
    ("text", "style", "message"),
    [
        ("", NumberStyle.PLAIN, "empty value"),
        ("   ", VI, "empty value"),
        (
            "7,5",
            NumberStyle.PLAIN,
            "“7,5” has a comma: in a plain file the decimal mark is “.”; "
            "add the line “# numbers: vi”",
        ),
        ("abc", NumberStyle.PLAIN, "“abc” is not a number"),
        ("7.5", VI, f"“7.5” {AMBIGUOUS}"),
        ("1.23", VI, f"“1.23” {AMBIGUOUS}"),
        ("-1.2345", VI, f"“-1.2345” {AMBIGUOUS}"),
        ("12.34.567", VI, "“12.34.567” is not a number written the Vietnamese way (1.234,5)"),
        ("1,2,3", VI, "“1,2,3” is not a number written the Vietnamese way (1.234,5)"),
    ],
)
def test_it_says_why_a_number_is_refused(text, style, message):
    with pytest.raises(NumberFormatError) as info:
        parse_number(text, style)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [("−3,2", VI, "-3.2"), ("−1.234,5", VI, "-1234.5"), ("−7.25", NumberStyle.PLAIN, "-7.25")],
)
def test_it_reads_the_printed_minus_sign(text, style, value):
    assert parse_number(text, style) == D(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "“True” is not a number"),
        ("bảy", "“bảy” is not a number"),
        (math.nan, "“nan” is not a number"),
        ("Infinity", "“Infinity” is not a number"),
        ([7], "“[7]” is not a number"),
    ],
)
def test_it_says_why_a_value_read_from_a_file_is_not_a_number(value, message):
    with pytest.raises(NumberFormatError) as info:
        to_decimal(value)
    assert str(info.value) == message


def test_it_names_a_spreadsheet_cell_that_holds_no_finite_number():
    with pytest.raises(NumberFormatError) as info:
        spreadsheet_number(math.inf)
    assert str(info.value) == "“inf” is not a number"
