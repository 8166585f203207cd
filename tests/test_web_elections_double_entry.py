"""Two counters enter the same ballots independently: the result is shown only when both
entries agree, and every difference is listed by its ballot number (issue 15, item 2)."""

from __future__ import annotations

from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for


def test_it_shows_the_result_when_both_counters_entered_the_same_ballots(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    page = client_for("daibieu").get(f"/elections/{election.pk}/").content.decode()
    assert '<dd id="base">10</dd>' in page
    assert '<dd id="threshold">6</dd>' in page
    # by hand: An 9, Bình 7, Cường 6 elected; Dung's 5 of a base of 10 is not more than half
    assert "<td>Nguyễn Văn An</td><td>9</td><td>90,00%</td>" in page
    assert "<td>Lê Văn Cường</td><td>6</td><td>60,00%</td>" in page
    assert "<td>Phạm Thị Dung</td><td>5</td><td>50,00%</td>\n      <td></td>" in page
    elected = page.split('<ol id="elected">')[1].split("</ol>")[0]
    assert elected.index("Nguyễn Văn An") < elected.index("Trần Thị Bình")
    assert elected.index("Trần Thị Bình") < elected.index("Lê Văn Cường")
    assert "Phạm Thị Dung" not in elected


def test_it_lists_each_difference_by_ballot_number_and_shows_no_result(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    second = [*BALLOTS[:6], ("7", "2"), *BALLOTS[7:9]]  # 7 read differently, 10 missing
    enter(client_for("laodong"), election, second)
    page = client_for("laodong").get(f"/elections/{election.pk}/").content.decode()
    differences = page.split('id="differences">')[1].split("</ul>")[0]
    assert differences.count("<li>") == 2
    assert "7" in differences and "10" in differences
    assert 'id="result"' not in page
    # the second counter corrects their own entry: the result appears
    enter(client_for("laodong"), election, [("10", "2 1")])
    fix = {"ballot": "7", "crossed": "3", "replace": "1"}
    assert client_for("laodong").post(f"/elections/{election.pk}/ballots/", fix).status_code == 302
    page = client_for("laodong").get(f"/elections/{election.pk}/").content.decode()
    assert 'id="differences"' not in page
    assert '<dd id="base">10</dd>' in page
