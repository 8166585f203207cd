"""On a large report's entry page, a unit is found by its name or its code (``?q=``), and
its lines are the page; the search is kept in the pager and in the form's address."""

from __future__ import annotations

from tests.entryhelpers import entry_url
from tests.pagedentry import large_report, shown_units
from tests.webhelpers import client_for


def test_it_finds_a_unit_by_its_name(demo, settings):
    large_report(settings)
    client = client_for("laodong")

    html = client.get(entry_url(period="2024") + "?q=Mai+Pha").content.decode()

    assert shown_units(html) == ["05992"]
    assert "1/61 đơn vị · 1 đơn vị ở trang 1/1" in html
    assert 'action="/figures/entry/langson-xvii/so-ldtbxh/2024/?q=Mai+Pha&amp;page=1"' in html


def test_it_finds_units_by_a_part_of_their_code_across_pages(demo, settings):
    large_report(settings)
    client = client_for("laodong")

    first = client.get(entry_url(period="2024") + "?q=061").content.decode()
    second = client.get(entry_url(period="2024") + "?q=061&page=2").content.decode()

    # 06061, then 06100 … 06166: 22 communes, 10 a page
    assert shown_units(first) == [
        "06061", "06100", "06103", "06106", "06109", "06112", "06115", "06118", "06121", "06124",
    ]  # fmt: skip
    assert "22/61 đơn vị · 10 đơn vị ở trang 1/3" in first
    assert 'href="/figures/entry/langson-xvii/so-ldtbxh/2024/?q=061&amp;page=2"' in first
    assert shown_units(second)[0] == "06127"


def test_it_says_when_no_unit_matches(demo, settings):
    large_report(settings)
    client = client_for("laodong")

    html = client.get(entry_url(period="2024") + "?q=Atlantis").content.decode()

    assert shown_units(html) == []
    assert "Không có đơn vị nào của báo cáo khớp với “Atlantis”." in html
