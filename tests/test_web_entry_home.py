"""The entry start page: each reporting period of the term, the one due now, and the
status of every report, for the agencies the user reports for."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from chitieu.web import commons
from tests.entryhelpers import entry_url, form
from tests.webhelpers import client_for


def _page(user, lang="vi"):
    r = client_for(user, lang=lang).get(reverse("figures:entry_home"))
    assert r.status_code == 200
    return r.content.decode()


def test_it_lists_the_term_s_reporting_periods_for_the_reporter_s_agency(demo):
    page = _page("laodong")
    periods = [p.split('"')[0] for p in page.split('class="period-row')[1:]]
    assert len(periods) == 15  # six months, nine months and the year, 2021–2025
    assert 'data-period="2021-H1"' in page and 'data-period="2025-9M"' in page
    assert 'data-agency="so-ldtbxh"' in page
    assert 'data-agency="so-vhttdl"' not in page  # another agency's reports are not offered
    assert entry_url(period="2025-H1") in page
    assert "Năm 2025" in page and "9 tháng năm 2024" in page
    assert "19/12/2025" in page  # the annual report's deadline, the Vietnamese way


def test_it_highlights_the_period_being_reported(demo, monkeypatch):
    monkeypatch.setattr(commons, "today", lambda: date(2025, 7, 10))
    page = _page("laodong")
    current = page.split('class="period-row current"')[1].split("</tr>")[0]
    assert 'data-period="2025-9M"' in current
    assert page.count('class="period-row current"') == 1
    assert "Kỳ đang báo cáo: <strong>9 tháng năm 2025</strong>" in page


def test_it_shows_the_status_of_each_report(demo):
    client_for("laodong").post(entry_url(period="2024"), form(trained_labour="63"))
    page = _page("laodong")
    row = page.split('data-period="2024"')[1].split("</tr>")[0]
    assert 'report-status-draft">dự thảo' in row
    # (the year 2023 has imported figures: test_web_entry_home_imported.py)
    row = page.split('data-period="2023-9M"')[1].split("</tr>")[0]
    assert "report-status-none" in row


def test_it_lists_every_reporting_agency_for_the_planning_office(demo):
    page = _page("kehoach", lang="en")
    assert 'data-agency="so-ldtbxh"' in page and 'data-agency="so-vhttdl"' in page
    assert "nine months of 2025" in page


def test_it_offers_nothing_to_a_viewer(demo):
    assert 'id="no-reporting"' in _page("daibieu")
