"""A visitor who is not logged in only reads: the public dashboard, a target page and the
API's statuses make no write to the database, so a read replica can serve them
(docs/architecture.md, "Read replicas for the public dashboards")."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.dashhelpers import plan_url, target_url
from tests.webhelpers import client_for

WRITES = ("insert", "update", "delete", "create", "alter", "drop")


@pytest.mark.parametrize(
    "url",
    [
        plan_url(),
        target_url(1),
        "/api/plans/langson-xvii/statuses.json",
        "/api/plans/langson-xvii/statuses",
    ],
)
def test_an_anonymous_visit_makes_no_write(demo, url):
    client = client_for(None)
    with CaptureQueriesContext(connection) as queries:
        for _ in range(2):  # the first view fills the caches, the second reads them
            assert client.get(url).status_code == 200
    assert queries.captured_queries  # the pages did read the database
    written = [
        q["sql"] for q in queries.captured_queries if q["sql"].lstrip().lower().startswith(WRITES)
    ]
    assert written == []
