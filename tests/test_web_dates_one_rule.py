"""A date is read by one rule wherever it is typed: 15/10/2023 (day first) or 2023-10-15,
nothing else. The figures files, the command line, the dashboard's as-of box, the web
forms and Django's own date fields (the settings' DATE_INPUT_FORMATS, which the admin
uses) accept and refuse the same texts, so a date that works on one surface works on all.
"""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from django import forms
from django.utils import translation

from chitieu.cli import main
from chitieu.figures.reading import parse_date
from chitieu.web import commons
from tests.dashhelpers import plan_url, text_of
from tests.webhelpers import client_for

READ = [
    ("15/10/2023", date(2023, 10, 15)),
    ("5/1/2024", date(2024, 1, 5)),
    ("05/01/2024", date(2024, 1, 5)),
    ("2023-10-15", date(2023, 10, 15)),
    (" 2024-1-5 ", date(2024, 1, 5)),
]
# A third way of writing a date, a day that does not exist, or no date at all
REFUSED = [
    "15.10.2023",
    "15-10-2023",
    "20231015",
    "2023-W41-7",
    "2023-10-15T00:00",
    "15/10/23",
    "10/15",
    "31/2/2023",
    "2023-13-01",
    "hôm qua",
]


def _django_date_field(text: str) -> date | None:
    """What a plain Django DateField (the admin's) makes of a text in the Vietnamese UI."""
    with translation.override("vi"):
        try:
            day: date | None = forms.DateField().clean(text)
        except forms.ValidationError:
            return None
        return day


@pytest.mark.parametrize(("text", "day"), READ)
def test_it_reads_both_ways_the_same_everywhere(text, day):
    assert parse_date(text) == day
    assert commons.parse_day(text) == day
    assert commons.DayField().clean(text) == day
    assert _django_date_field(text) == day


@pytest.mark.parametrize("text", REFUSED)
def test_it_refuses_anything_else_everywhere(text):
    with pytest.raises(ValueError):
        parse_date(text)
    with pytest.raises(commons.DateError):
        commons.parse_day(text)
    with pytest.raises(forms.ValidationError):
        commons.DayField().clean(text)
    assert _django_date_field(text) is None


def test_an_empty_field_is_no_date():
    assert commons.parse_day("  ") is None
    assert commons.DayField(required=False).clean("") is None


@pytest.mark.parametrize("text", ["15.10.2023", "20231015"])
def test_the_command_line_refuses_what_the_pages_refuse(text):
    result = CliRunner().invoke(main, ["units", "list", "--on", text, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == f"--on: “{text}” is not a date (write 15/10/2023 or 2023-10-15)\n"


def test_the_dashboard_refuses_a_date_with_dots(demo):
    response = client_for(None).get(plan_url(as_of="15.10.2023"))
    assert "“15.10.2023” không phải là ngày" in text_of(response, "as-of-error")
