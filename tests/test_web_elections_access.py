"""Until the minutes are locked only the counting committee of an election (and the
administrators who assign it) sees and enters its ballots; a person outside it finds no
such election. Once published, the result is seen as the election's agency allows."""

from __future__ import annotations

from chitieu.web.elections.models import BallotEntry
from chitieu.web.people.models import Agency
from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for


def test_it_keeps_the_ballots_from_a_person_outside_the_committee(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS[:2])
    outsider = client_for("dulich")
    assert outsider.get(f"/elections/{election.pk}/").status_code == 404
    assert outsider.get(f"/elections/{election.pk}/ballots/").status_code == 404
    posted = outsider.post(f"/elections/{election.pk}/ballots/", {"ballot": "3", "crossed": "1"})
    assert posted.status_code == 404
    assert BallotEntry.objects.filter(election=election).count() == 2
    listed = outsider.get("/elections/").content.decode()
    assert election.title not in listed
    # anonymous visitors are sent to log in
    assert client_for(None).get(f"/elections/{election.pk}/").status_code == 302


def test_it_lets_a_counter_see_only_their_own_entry(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, [("1", "4")])
    page = client_for("laodong").get(f"/elections/{election.pk}/ballots/").content.decode()
    assert 'id="ballots"' not in page  # counter 2 has entered nothing yet


def test_it_shows_a_published_result_to_the_elections_agency_only(people):
    agency = Agency.objects.get(code="so-vhttdl")  # dulich's, not the counters'
    election = set_up(client_for("quantri"), people, agency=str(agency.pk))
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    url = f"/elections/{election.pk}/"
    assert client_for("dulich").get(url).status_code == 404  # not published yet
    assert client_for("daibieu").post(f"{url}lock/").status_code == 302
    page = client_for("dulich").get(url)
    assert page.status_code == 200
    assert '<dd id="base">10</dd>' in page.content.decode()
    assert 'id="differences"' not in page.content.decode()
    assert client_for("dulich").get(f"{url}minutes.pdf").status_code == 200
    assert client_for("dulich").get(f"{url}ballots/").status_code == 404
    # the planning office is of another agency: no such election for it
    assert client_for("kehoach").get(url).status_code == 404
    assert client_for("kehoach").get(f"{url}minutes.pdf").status_code == 404
