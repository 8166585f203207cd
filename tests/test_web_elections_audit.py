"""Every entry and decision of a count is in the audit trail — the election set up, the
counters assigned, each ballot entered, the minutes locked — and that trail, which shows
each ballot, is read by the administrators only, not by others who read the audit page."""

from __future__ import annotations

from chitieu.web.people.models import AuditEvent
from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for


def test_it_records_each_step_of_the_count(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    client_for("daibieu").post(f"/elections/{election.pk}/lock/")
    actions = list(AuditEvent.objects.values_list("action", "user__username"))
    assert actions.count(("ballot_entered", "daibieu")) == 10
    assert actions.count(("ballot_entered", "laodong")) == 10
    assert actions.count(("committee_assigned", "quantri")) == 2
    assert ("election_created", "quantri") in actions
    assert ("minutes_locked", "daibieu") in actions
    entered = AuditEvent.objects.filter(action="ballot_entered").order_by("pk").first()
    assert entered is not None and entered.new == "crossed=4"


def test_it_keeps_the_trail_of_ballots_for_the_administrators(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS[:1])
    admin = client_for("quantri").get("/people/audit/").content.decode()
    assert "crossed=4" in admin  # what the ballot showed, as entered
    for reader in ("kehoach", "pheduyet"):
        page = client_for(reader).get("/people/audit/")
        assert page.status_code == 200
        assert "crossed=4" not in page.content.decode(), reader
