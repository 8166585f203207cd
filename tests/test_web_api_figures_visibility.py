"""Who sees which vintages: approved figures are public with the plan; drafts and
submitted figures only for those who report or approve them."""

from __future__ import annotations

import pytest

from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for

URL = f"{PLAN}/figures?measure=trained-labour&approved=false"


@pytest.fixture
def draft(demo):
    body = figures_body({"measure": "trained-labour", "value": "65,5", "stage": "official"})
    return post_json(client_for("laodong"), f"{PLAN}/figures", body).json()


@pytest.mark.parametrize("username", ["laodong", "kehoach", "pheduyet", "quantri"])
def test_it_shows_a_draft_to_those_who_report_or_approve_it(draft, username):
    rows = client_for(username).get(URL).json()
    assert [(r["value"], r["report"], r["report_status"]) for r in rows] == [
        ("65.5", draft["id"], "draft")
    ]
    assert rows[0]["entered_by"] == "laodong" and rows[0]["approved_at"] is None


@pytest.mark.parametrize("username", [None, "daibieu", "dulich"])
def test_it_hides_a_draft_from_everyone_else(draft, username):
    assert client_for(username).get(URL).json() == []
    every = client_for(username).get(f"{PLAN}/figures?measure=trained-labour").json()
    assert len(every) == 10 and all(r["approved_at"] for r in every)


def test_it_keeps_drafts_out_of_the_exports(draft):
    assert "65.5" not in client_for("laodong").get(f"{PLAN}/figures.csv").getvalue().decode()
