"""The entry page of an agency reporting 35 measures for 200 communes (7.002 lines) stays
small: whole units up to 500 lines, in a number of queries that does not grow with the
report (issue 13: the whole report on one page was 12 MB of HTML)."""

from __future__ import annotations

from tests.bigentry import assign, local_units, measures
from tests.entryhelpers import entry_url
from tests.pagedentry import shown_units, value_fields
from tests.webhelpers import client_for


def test_it_shows_at_most_500_lines_of_a_7002_line_report(demo, django_assert_max_num_queries):
    assign(local_units(200), measures())
    client = client_for("laodong")

    with django_assert_max_num_queries(25):
        response = client.get(entry_url(period="2024"))

    html = response.content.decode()
    # the province's 2 lines, then 14 communes of 35 lines: a 15th would pass 500
    assert len(value_fields(html)) == 2 + 14 * 35
    assert len(shown_units(html)) == 15
    assert len(response.content) < 1_500_000
    assert "Báo cáo có 7.002 dòng của 201 đơn vị" in html
    assert "201/201 đơn vị · 15 đơn vị ở trang 1/15" in html
