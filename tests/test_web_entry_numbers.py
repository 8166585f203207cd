"""Typed numbers are read the Vietnamese way; anything else is named and nothing is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.entryhelpers import entry_url, form
from tests.webhelpers import client_for


def _saved():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def test_it_reads_a_number_written_the_vietnamese_way(demo):
    # A half year (no approved figure yet, so any stage goes); 1.234,5% is confirmed.
    r = client_for("laodong").post(
        entry_url(period="2025-H1"),
        form(trained_labour="1.234,5", poverty_rate=("2,75", "estimate"), confirm=True),
    )
    assert r.status_code == 302
    sub = Submission.objects.get(plan=demo, period="2025-H1", agency__code="so-ldtbxh")
    values = {f.measure.key: (f.value, f.places, f.stage) for f in sub.figures.all()}
    assert values == {
        "trained-labour": (Decimal("1234.5"), 1, "official"),
        "poverty-rate": (Decimal("2.75"), 2, "estimate"),
    }


@pytest.mark.parametrize("typed", ["1,234.5", "abc", "65%", "6,5,1"])
def test_it_rejects_a_number_not_in_vietnamese_format_naming_the_field(demo, typed):
    before = _saved()
    r = client_for("laodong").post(entry_url(), form(trained_labour=typed, poverty_rate="2,5"))
    assert r.status_code == 400
    page = r.content.decode()
    assert 'id="entry-errors"' in page
    assert f"“{typed}” không phải là số" in page
    assert "Tỷ lệ lao động qua đào tạo" in page.split('id="entry-errors"')[1].split("</ul>")[0]
    assert 'class="value cell-error" name="value-trained-labour-20"' in page
    assert f'value="{typed}"' in page  # what was typed is shown again to be fixed
    assert _saved() == before  # the valid poverty rate was not saved either


def test_it_shows_the_problem_in_english_in_the_english_interface(demo):
    r = client_for("laodong", lang="en").post(entry_url(), form(trained_labour="abc"))
    assert r.status_code == 400
    page = r.content.decode()
    assert "“abc” is not a number (write it as 1.234,5)" in page
    assert "không phải là số" not in page


def test_it_rejects_a_report_date_that_is_not_a_date(demo):
    before = _saved()
    r = client_for("laodong").post(entry_url(), form(trained_labour="66", as_of="2025-13-45"))
    assert r.status_code == 400
    page = r.content.decode()
    assert "Trường “ngày báo cáo”: “2025-13-45” không phải là ngày" in page
    assert 'size="12" class="cell-error"' in page  # the date field is marked
    assert _saved() == before


def test_it_rejects_a_measure_the_agency_does_not_report(demo):
    before = _saved()
    data = form(trained_labour="66") | {"value-tourist-arrivals-20": "4.500.000"}
    r = client_for("laodong").post(entry_url(), data)
    assert r.status_code == 400
    page = r.content.decode()
    assert "không báo cáo “tourist-arrivals”" in page
    assert _saved() == before


def test_it_rejects_a_value_given_twice(demo):
    before = _saved()
    data = form(trained_labour="66")
    body = "&".join(f"{k}={v}" for k, v in data.items()) + "&value-trained-labour-20=67"
    r = client_for("laodong").post(
        entry_url(), body, content_type="application/x-www-form-urlencoded"
    )
    assert r.status_code == 400
    assert "nhiều hơn một lần" in r.content.decode()
    assert _saved() == before
