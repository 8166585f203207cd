"""A tie at the last seat is reported, never decided; the committee sets up the next round
for the unfilled seat with the candidates the congress keeps, and every round is kept
(issue 15, item 3)."""

from __future__ import annotations

from chitieu.web.elections.models import Election, Member
from tests.electionwebkit import TIED, enter, set_up
from tests.webhelpers import client_for


def test_it_reports_the_tie_and_sets_up_the_next_round_for_the_unfilled_seat(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, TIED)
    enter(client_for("laodong"), election, TIED)
    url = f"/elections/{election.pk}/"
    page = client_for("daibieu").get(url).content.decode()
    elected = page.split('<ol id="elected">')[1].split("</ol>")[0]
    assert "Nguyễn Văn An" in elected and "Trần Thị Bình" in elected
    assert "Lê Văn Cường" not in elected and "Phạm Thị Dung" not in elected
    tie = page.split('id="tie">')[1].split("</p>")[0]
    assert "Lê Văn Cường, Phạm Thị Dung" in tie
    assert "Còn thiếu 1 người" in page
    assert client_for("daibieu").post(f"{url}lock/").status_code == 302
    response = client_for("daibieu").post(f"{url}next-round/", {"keep": ["3", "4"]})
    following = Election.objects.get(previous=election)
    assert response["Location"] == f"/elections/{following.pk}/"
    assert (following.round, following.seats) == (2, 1)
    assert following.candidates == [
        {"no": 3, "name": "Lê Văn Cường"},
        {"no": 4, "name": "Phạm Thị Dung"},
    ]
    members = Member.objects.filter(election=following).select_related("user")
    counters = {m.user.username: m.counter for m in members if m.user is not None}
    assert counters == {"daibieu": 1, "laodong": 2}
    assert [(m.name, m.role) for m in members][:2] == [
        ("Hoàng Văn Em", "head"),
        ("Vũ Thị Gấm", "deputy"),
    ]
    # the first round stays as it was, and both are listed
    election.refresh_from_db()
    assert (election.locked, election.seats, len(election.candidates)) == (True, 3, 4)
    second = client_for("laodong").get(f"/elections/{following.pk}/").content.decode()
    assert f'<a href="{url}">1</a>' in second
