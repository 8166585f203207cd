"""The planning office's reminders on the dashboard are worked out once and kept while
nothing changes, yet a report sent shows at once: sending it is an audited write, which
is what the kept reminders are checked against."""

from __future__ import annotations

from datetime import date
from unittest import mock

from chitieu.figures.periods import parse_period
from chitieu.web import commons
from chitieu.web.figures.errors import Place
from chitieu.web.figures.services import RawEntry, save_entries, submit
from chitieu.web.people.models import Agency
from tests.dashhelpers import plan_url, text_of
from tests.webhelpers import client_for

DAY = date(2024, 12, 18)  # the year 2024 is due 19/12
LABOUR = "Sở Lao động - Thương binh và Xã hội"


def _missing(client) -> str:
    with mock.patch.object(commons, "today", return_value=DAY):
        return text_of(client.get(plan_url()), "reminders-missing")


def test_it_shows_a_report_sent_at_once(demo, people):
    planner = client_for("kehoach")
    assert LABOUR in _missing(planner)
    agency = Agency.objects.get(code="so-ldtbxh")
    row = RawEntry(Place(field="trained-labour"), "trained-labour", "20", "62,5", "official")
    with mock.patch.object(commons, "today", return_value=DAY):
        sub = save_entries(
            people["laodong"], demo, agency, parse_period("2024"), [row], as_of=date(2024, 12, 15)
        )
        assert LABOUR in _missing(planner)  # a draft is not sent
        submit(people["laodong"], sub)
    assert LABOUR not in _missing(planner)
    assert "Sở Y tế" in _missing(planner)


def test_it_asks_one_question_of_a_repeated_view(demo, django_assert_num_queries):
    planner = client_for("kehoach")
    _missing(planner)
    # the session, the user, their profile and agency (the header's), the plan, the newest
    # audit event, the count of unread notifications: no lineage, assignments, tasks or
    # reports read again
    with django_assert_num_queries(7):
        assert "Sở Y tế" in _missing(planner)
