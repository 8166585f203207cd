"""Only the planning office (and administrators) decide on what the reader proposed:
anyone else who posts a decision, or an undo, is refused and nothing is saved,
remembered or forgotten."""

from __future__ import annotations

import pytest

from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Plan, RejectedMeasure
from tests.planhelpers import form_fields
from tests.reviewkit import TOURISTS, cards, decided, read_text
from tests.webhelpers import client_for


@pytest.mark.parametrize("username", ["laodong", "pheduyet", "daibieu"])
def test_others_cannot_decide_or_undo(db, username):
    planner = client_for("kehoach")
    url = read_text(planner)
    page = planner.get(url).content.decode()
    data = decided(page, {TOURISTS: "reject"}) | {"plan-slug": "vanlang-xxi"}
    other = client_for(username)
    assert other.post(url, data).status_code == 403
    assert not Plan.objects.filter(slug="vanlang-xxi").exists()
    assert not RejectedMeasure.objects.exists()

    assert planner.post(url, data).status_code == 302  # the office rejects it
    again = read_text(planner)
    page = planner.get(again).content.decode()
    undo = form_fields(page) | {"undo": cards(page)[TOURISTS].key}
    assert other.post(again, undo).status_code == 403
    assert RejectedMeasure.objects.count() == 1
    assert not AuditEvent.objects.filter(action="read_unreject").exists()
    assert (
        AuditEvent.objects.filter(action__startswith="read_")
        .exclude(user__username="kehoach")
        .count()
        == 0
    )
