"""The dashboard, the target pages, the statuses and the figures downloads of a plan
reported by its communes ask the database the same number of questions for 20 units as
for 200: the figures are read in sets, never one query per unit or per figure."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.unitplan import synthetic, unit_plan
from tests.webhelpers import client_for

PAGES = (
    "/dashboard/{slug}/",
    "/dashboard/{slug}/targets/1/",
    "/dashboard/{slug}/targets/2/?page=2",
    "/api/plans/{slug}/statuses",
    "/api/plans/{slug}/figures.csv",
    "/api/plans/{slug}/figures.json",
    "/dashboard/{slug}/reports/?period=2024&format=xlsx",
)


def _queries(slug: str) -> list[int]:
    client = client_for("daibieu")
    counts = []
    for page in PAGES:
        with CaptureQueriesContext(connection) as seen:
            response = client.get(page.format(slug=slug))
            assert response.status_code == 200, page
        counts.append(len(seen.captured_queries))
    return counts


def test_it_asks_as_many_questions_for_ten_times_the_units(demo, people):
    small = unit_plan(people["kehoach"], synthetic(20), slug="nho")
    large = unit_plan(people["kehoach"], synthetic(200), slug="lon")
    few, many = _queries(small.slug), _queries(large.slug)
    assert few == many
    assert max(many) < 40
