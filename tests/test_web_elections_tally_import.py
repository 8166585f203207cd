"""A counter may bring their entry as a tally file (the core's BALLOTS.csv): it replaces
their ballots and is compared with the other counter's like a typed entry; a bad file
is refused with its line, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.elections.models import BallotEntry
from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "phieu.csv"


def _upload(client, election, data: bytes):
    file = SimpleUploadedFile("phieu.csv", data, content_type="text/csv")
    return client.post(f"/elections/{election.pk}/ballots/import/", {"file": file}, follow=True)


def test_it_counts_an_imported_tally_against_a_typed_entry(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, [("1", "1")])  # replaced by the file
    _upload(client_for("daibieu"), election, EXAMPLE.read_bytes())
    assert BallotEntry.objects.filter(election=election, counter=1).count() == 10
    enter(client_for("laodong"), election, BALLOTS)
    page = client_for("laodong").get(f"/elections/{election.pk}/").content.decode()
    assert "<td>Trần Thị Bình</td><td>7</td><td>70,00%</td>" in page


def test_it_refuses_a_tally_with_a_ballot_twice_naming_its_line(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, [("1", "1")])
    bad = b"ballot,crossed,invalid_reason\n1,4,\n2,3,\n1,2,\n"
    page = _upload(client_for("daibieu"), election, bad).content.decode()
    assert "phieu.csv, dòng 4" in page
    entries = BallotEntry.objects.filter(election=election, counter=1)
    assert [(b.number, b.crossed) for b in entries] == [(1, "1")]
