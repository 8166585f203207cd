"""What the remaining years need is written by one rule, on the dashboard as in the
review document: a change of a percentage is in percentage points ("+2,17 điểm %/năm"),
a growth rate in % ("6,95%/năm"), an amount in its unit."""

from __future__ import annotations

from django.utils import translation

from chitieu.evaluation.forecasts import requirement
from chitieu.reports.review import required_text as document_text
from chitieu.web.dashboard.present import required_text as page_text
from tests.helpers import evaluate_one, fig, make_plan

LABOUR = {"id": "lab", "kind": "level_at_end", "comparator": ">=", "low": "65"}
GROWTH = {"id": "g", "kind": "average_annual_growth", "input": "rate", "comparator": ">=",
          "low": "7"}  # fmt: skip
INVEST = {"id": "inv", "kind": "cumulative_over_term", "unit": "nghìn tỷ đồng",
          "comparator": ">=", "low": "166"}  # fmt: skip


def _labour():  # type: ignore[no-untyped-def]
    # 57 then 58,5: the trend ends at 63 in 2025; 65 needs (65 − 58,5) / 3 = 2,1666… a year
    return evaluate_one(make_plan(LABOUR), [fig("lab", "2021", "57"), fig("lab", "2022", "58.5")])


def test_a_change_of_a_percentage_is_in_points_everywhere():
    r = _labour()
    need = requirement(r, "vi")
    assert need is not None and (need.text, need.remaining) == ("+2,17 điểm %", 3)
    assert document_text(r, "vi") == "+2,17 điểm %/năm (3 năm còn lại)"
    with translation.override("vi"):
        assert page_text(r) == "+2,17 điểm %/năm"


def test_english_says_percentage_points_and_pages_keep_vietnamese_numbers():
    r = _labour()
    assert document_text(r, "en") == "+2.17 percentage points/year (3 years left)"
    with translation.override("en"):
        assert page_text(r) == "+2,17 percentage points per year"


def test_a_growth_rate_is_in_percent_per_year():
    r = evaluate_one(make_plan(GROWTH), [fig("g", "2021", "6.71"), fig("g", "2022", "7.45")])
    # the three remaining years need ((1,07)^5 / (1,0671 × 1,0745))^(1/3) − 1 = 6,9471…%
    assert document_text(r, "vi") == "6,95%/năm (3 năm còn lại)"
    with translation.override("vi"):
        assert page_text(r) == "6,95%/năm"


def test_an_amount_is_in_its_unit():
    r = evaluate_one(make_plan(INVEST), [fig("inv", "2021", "28.5"), fig("inv", "2022", "31.2")])
    # (166 − 59,7) / 3 = 35,4333…
    assert document_text(r, "vi") == "35,43 nghìn tỷ đồng/năm (3 năm còn lại)"
    with translation.override("vi"):
        assert page_text(r) == "35,43 nghìn tỷ đồng/năm"
