"""The reporting calendar counts figures imported from a file as reported: a period whose
figures came in an import says so (with how many of the agency's measures it covers when
not all), not "chưa nhập"."""

from __future__ import annotations

from django.urls import reverse

from tests.entryhelpers import approved_series, entry_url, form
from tests.webhelpers import client_for


def _cell(period: str, lang: str = "vi") -> str:
    page = client_for("laodong", lang=lang).get(reverse("figures:entry_home")).content.decode()
    return page.split(f'data-period="{period}"')[1].split("</tr>")[0]


def test_a_period_with_imported_figures_is_not_shown_as_not_started(demo):
    # the demo imported 2021–2025 for both of the labour department's measures
    cell = _cell("2023")
    assert 'report-status-imported" data-imported="2">đã có số liệu nhập từ tệp</span>' in cell
    assert "chưa nhập" not in cell and '<span class="muted">2/2' not in cell
    assert "report-status-none" in _cell("2023-9M")  # nothing imported for nine months
    assert "figures imported" in _cell("2023", lang="en")


def test_it_says_how_many_measures_an_import_covered_when_not_all(demo):
    approved_series("poverty-rate", {"2022": "7.1"})  # poverty's 2023 figure is gone
    cell = _cell("2023")
    assert 'data-imported="1">' in cell and '<span class="muted">1/2</span>' in cell


def test_the_agency_s_own_report_comes_first(demo):
    client_for("laodong").post(entry_url(period="2023"), form(trained_labour="60,2"))
    cell = _cell("2023")
    assert "report-status-draft" in cell and "report-status-imported" not in cell
