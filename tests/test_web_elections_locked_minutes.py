"""Once the minutes are locked nothing changes: no ballot is entered or corrected, the
election is not edited; a correction opens a new version with its reason, audited, and the
locked version stays listed (issue 15, item 5)."""

from __future__ import annotations

from chitieu.web.elections.models import BallotEntry, Election, MinutesVersion
from chitieu.web.people.models import AuditEvent
from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for


def _locked(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    assert client_for("laodong").post(f"/elections/{election.pk}/lock/").status_code == 302
    election.refresh_from_db()
    assert election.locked
    return election


def test_it_refuses_every_change_to_locked_minutes(people):
    election = _locked(people)
    url = f"/elections/{election.pk}/"
    entries = BallotEntry.objects.filter(election=election).count()
    fix = {"ballot": "7", "crossed": "2", "replace": "1"}
    assert client_for("daibieu").post(f"{url}ballots/", fix).status_code == 403
    assert client_for("daibieu").post(f"{url}ballots/", {"remove": "1"}).status_code == 403
    assert client_for("quantri").get(f"{url}edit/").status_code == 403
    assert BallotEntry.objects.filter(election=election).count() == entries
    assert BallotEntry.objects.get(election=election, counter=1, number=7).crossed == "3"


def test_it_makes_a_correction_a_new_version_with_its_reason(people):
    election = _locked(people)
    url = f"/elections/{election.pk}/"
    # without a reason nothing opens
    client_for("daibieu").post(f"{url}correct/", {"reason": "  "})
    assert Election.objects.get(pk=election.pk).locked
    reason = "Phiếu số 7 đọc nhầm khi nhập"
    assert client_for("daibieu").post(f"{url}correct/", {"reason": reason}).status_code == 302
    election.refresh_from_db()
    assert (election.locked, election.version) == (False, 2)
    opened = AuditEvent.objects.get(action="minutes_correction", object_id=str(election.pk))
    assert (opened.comment, opened.user.username) == (reason, "daibieu")
    # both counters correct ballot 7 (Cường crossed out instead of Bình), then lock again
    for who in ("daibieu", "laodong"):
        fix = {"ballot": "7", "crossed": "2", "replace": "1"}
        assert client_for(who).post(f"{url}ballots/", fix).status_code == 302
    assert client_for("laodong").post(f"{url}lock/").status_code == 302
    versions = list(MinutesVersion.objects.filter(election=election))
    assert [(v.version, v.reason) for v in versions] == [(1, ""), (2, reason)]
    # by hand: version 1 had Bình 7, Cường 6; ballot 7 corrected gives Bình 6, Cường 7
    first, second = (v.result["candidates"] for v in versions)
    assert (first[1]["votes"], first[2]["votes"]) == (7, 6)
    assert (second[1]["votes"], second[2]["votes"]) == (6, 7)
    page = client_for("daibieu").get(url).content.decode()
    assert reason in page.split('id="versions"')[1]
    corrected = AuditEvent.objects.filter(action="ballot_corrected").count()
    assert corrected == 2
