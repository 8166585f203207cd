"""Bad input on the election pages is refused in the user's language, naming the field,
and nothing is saved: an election whose exclusions leave no base or with more seats than
names; a ballot with a candidate number not on the list, or entered twice."""

from __future__ import annotations

from chitieu.web.elections.models import BallotEntry, Election
from tests.electionwebkit import CELL, enter, set_up
from tests.webhelpers import client_for


def test_it_refuses_exclusions_that_leave_no_base_at_the_field(people):
    data = {**CELL, "excluded_list": "11 vắng mặt có lý do"}
    page = client_for("quantri").post("/elections/new/", data).content.decode()
    said = "số không tính vào cơ sở (tổng cộng 11) không để lại cơ sở tính kết quả nào"
    # at the field: after its label, before the next field's
    field = page.split("Số không tính vào cơ sở, theo lý do")[1].split("Ban kiểm phiếu")[0]
    assert said in field
    assert not Election.objects.exists()


def test_it_refuses_more_seats_than_names_in_english_too(people):
    data = {**CELL, "seats": "5"}
    page = client_for("quantri", lang="en").post("/elections/new/", data).content.decode()
    assert "5 seats but 4 candidates" in page
    assert not Election.objects.exists()


def test_it_refuses_a_candidate_number_not_on_the_list(people):
    election = set_up(client_for("quantri"), people)
    url = f"/elections/{election.pk}/ballots/"
    page = client_for("daibieu").post(url, {"ballot": "1", "crossed": "7"}).content.decode()
    assert "“7” không phải số thứ tự của ứng cử viên nào trong danh sách (1 2 3 4)" in page
    assert "Số thứ tự bị gạch tên" in page.split('id="ballot-problems"')[1]
    assert not BallotEntry.objects.exists()


def test_it_refuses_a_ballot_number_entered_twice(people):
    election = set_up(client_for("quantri"), people)
    url = f"/elections/{election.pk}/ballots/"
    counter = client_for("daibieu")
    assert counter.post(url, {"ballot": "1", "crossed": "4"}).status_code == 302
    page = counter.post(url, {"ballot": "1", "crossed": "3"}).content.decode()
    assert "Phiếu số 1 đã được nhập" in page
    assert BallotEntry.objects.get(election=election, number=1).crossed == "4"


def test_it_keeps_the_candidates_the_entered_ballots_were_read_against(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, [("1", "4")])
    data = {
        **CELL,
        "candidates_list": "Nguyễn Văn An\nTrần Thị Bình\nLê Văn Cường",
        "counter_1": str(people["daibieu"].pk),
        "counter_2": str(people["laodong"].pk),
    }
    page = client_for("quantri").post(f"/elections/{election.pk}/edit/", data)
    assert "Đã có phiếu được nhập theo danh sách này" in page.content.decode()
    election.refresh_from_db()
    assert len(election.candidates) == 4
