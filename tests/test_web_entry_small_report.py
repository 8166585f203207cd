"""A report that fits in one page looks as it always did: every line, no search, summary
or pager, and the form posts to the report's own address."""

from __future__ import annotations

from tests.entryhelpers import entry_url
from tests.pagedentry import shown_units, value_fields
from tests.webhelpers import client_for


def test_it_shows_a_small_report_whole_on_one_page(demo, settings):
    settings.CHITIEU_ENTRY_PAGE_LINES = 2  # the labour department's report: 2 lines
    client = client_for("laodong")

    html = client.get(entry_url(period="2025") + "?page=2&q=xyz").content.decode()

    assert value_fields(html) == ["value-trained-labour-20", "value-poverty-rate-20"]
    assert shown_units(html) == ["20"]
    assert 'action="/figures/entry/langson-xvii/so-ldtbxh/2025/"' in html
    for paged_only in ('id="entry-pages"', 'class="pager entry-pager"', 'id="entry-q"'):
        assert paged_only not in html


def test_it_pages_the_same_report_once_it_has_more_lines_than_a_page(demo, settings):
    settings.CHITIEU_ENTRY_PAGE_LINES = 1
    client = client_for("laodong")

    html = client.get(entry_url(period="2025")).content.decode()

    # a unit is never split: its 2 lines make the page
    assert value_fields(html) == ["value-trained-labour-20", "value-poverty-rate-20"]
    assert 'id="entry-pages"' in html
