"""The Reports page offers the latest period whose review can be written on the day (its
data window closed on the 14th of its last month, Decree 09/2019), not the term's first."""

from __future__ import annotations

import re
from datetime import date

import pytest

from chitieu.figures.periods import parse_period
from chitieu.figures.regime import latest_closed, reporting_windows
from chitieu.web import commons
from tests.webhelpers import client_for

URL = "/dashboard/langson-xvii/reports/"


def _offered(page: str) -> list[str]:
    """The selected options of the period's drop-down."""
    select = page.split('id="report-period"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="([^"]+)" selected>', select)


@pytest.mark.parametrize(
    "today, offered",
    [
        (date(2023, 10, 20), "2023-9M"),  # 9 months closed on 14/9, the year not yet
        (date(2023, 9, 14), "2023-H1"),  # the 14th is still inside the 9-month window
        (date(2024, 1, 5), "2023"),
        (date(2026, 11, 30), "2025"),  # after the term: its last year
        (date(2020, 11, 1), "2021-H1"),  # before the term: its first period
    ],
)
def test_it_offers_the_latest_period_that_can_be_reviewed(demo, monkeypatch, today, offered):
    monkeypatch.setattr(commons, "today", lambda: today)
    page = client_for("daibieu").get(URL).content.decode()
    assert _offered(page) == [offered]


def test_a_period_asked_for_is_kept(demo, monkeypatch):
    monkeypatch.setattr(commons, "today", lambda: date(2024, 1, 5))
    page = client_for("daibieu").get(URL, {"period": "2022-9M"}).content.decode()
    assert _offered(page) == ["2022-9M"]


def test_no_window_has_closed_before_the_first_cut_off():
    windows = reporting_windows(2021, 2025)
    assert latest_closed(date(2021, 6, 14), windows) is None
    closed = latest_closed(date(2021, 6, 15), windows)
    assert closed is not None and closed.period == parse_period("2021-H1")
