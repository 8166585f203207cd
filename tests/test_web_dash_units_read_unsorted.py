"""A target page reads its units' figures without asking the database to sort them: the
evaluation picks the current vintages and orders the units by itself, and on PostgreSQL
the model's ordering (plan, target, measure, unit, period, date) sorted every row read,
most of the page's time at national scale."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.web.dashboard.views.dashboards import _BODIES
from tests.dashhelpers import target_url
from tests.webhelpers import client_for


def test_it_reads_the_units_figures_of_a_target_unsorted(demo):
    client = client_for("daibieu")
    _BODIES.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(target_url(12)).status_code == 200
    # the units' figures: the only query of figures that leaves the plan's area out
    units = [q["sql"] for q in queries.captured_queries if "<>" in q["sql"] or "NOT (" in q["sql"]]
    units = [sql for sql in units if "figures_figurerecord" in sql and "SELECT 1 AS" not in sql]
    assert len(units) == 1
    assert "ORDER BY" not in units[0]
