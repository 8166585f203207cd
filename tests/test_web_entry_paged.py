"""An agency that reports for many units sees its report a page of units at a time, with
a summary of the whole report and links to the other pages (issue 13: 7.002 lines on one
page took some 6 s and 12 MB)."""

from __future__ import annotations

from tests.entryhelpers import entry_url
from tests.pagedentry import large_report, shown_units, value_fields
from tests.webhelpers import client_for


def test_it_shows_the_first_page_of_units_with_a_summary_and_pager(demo, settings):
    large_report(settings)
    client = client_for("laodong")

    html = client.get(entry_url(period="2024")).content.decode()

    # the province first, then the communes by code: 10 units of 2 lines make a page,
    # its lines in the plan's order (by measure, then unit code)
    assert shown_units(html) == [
        "05971", "05974", "05977", "05980", "05983", "05986", "05989", "05992", "05998", "20",
    ]  # fmt: skip
    assert len(value_fields(html)) == 20
    assert "Báo cáo có 122 dòng của 61 đơn vị: 0 dòng đã có số liệu, 122 dòng còn trống." in html
    assert "61/61 đơn vị · 10 đơn vị ở trang 1/7" in html
    assert 'href="/figures/entry/langson-xvii/so-ldtbxh/2024/?page=2"' in html
    assert "trang trước" not in html
    assert "tải mẫu Excel bên dưới" in html  # the template enters every line at once


def test_it_shows_the_page_asked_and_the_last_page_holds_the_rest(demo, settings):
    units = large_report(settings)
    client = client_for("laodong")

    second = client.get(entry_url(period="2024") + "?page=2").content.decode()
    last = client.get(entry_url(period="2024") + "?page=7").content.decode()
    beyond = client.get(entry_url(period="2024") + "?page=99").content.decode()

    assert shown_units(second) == [
        "06001", "06004", "06010", "06013", "06016", "06019", "06022", "06025", "06028", "06031",
    ]  # fmt: skip
    assert 'href="/figures/entry/langson-xvii/so-ldtbxh/2024/?page=1"' in second
    assert shown_units(last) == ["06166"]  # 61 units: 6 pages of 10, then 1
    assert shown_units(beyond) == shown_units(last)  # a page past the end is the last
    assert units[-1] == "06166"
