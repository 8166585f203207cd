"""Rendering a dashboard takes a few queries, however many measures a target has."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.web.dashboard.views.dashboards import _BODIES
from chitieu.web.lru import VERSIONS
from tests.dashhelpers import plan_url, target_url
from tests.webhelpers import client_for


def _queries(url: str) -> int:
    """The queries of rendering a page body afresh, the evaluation being known already.

    A logged-in viewer, because anonymous visitors get whole cached pages (one query).
    """
    client = client_for("daibieu")
    client.get(url)
    _BODIES.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    if len(queries) != 7:  # which ones, should it ever happen again (see the CI of stop 21)
        print(url, *(q["sql"][:200] for q in queries.captured_queries), sep="\n")
    return len(queries)


def test_it_reads_the_figures_of_a_target_in_one_query(demo):
    # A worker that has not seen the plan yet: nothing kept by an earlier test of the
    # same process (the demo plan's version is the same in every test) takes part.
    VERSIONS.clear_all()
    one_measure = _queries(target_url(13))
    four_measures = _queries(target_url(12))
    five_measures = _queries(target_url(2))
    # The session (kept in the database), the user and their profile, the count of their
    # unread notifications (the header's), the plan, the area's figures, the units' and
    # the units' shares (for the units' section): however many measures.
    assert one_measure == four_measures == five_measures == 8


def test_it_evaluates_a_changed_plan_with_few_queries(demo, django_assert_max_num_queries):
    demo.touch()  # a new data version: nothing about the plan is cached any more
    with django_assert_max_num_queries(8):  # the plan, its targets, measures, tasks, figures
        client_for(None).get(plan_url(as_of="2024-06-30"))
    demo.touch()
    with django_assert_max_num_queries(10):  # and the units' figures and shares of the target
        client_for(None).get(target_url(12))
