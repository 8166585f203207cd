"""On a list without surplus each counter types the numbers marked “agree” and those
marked “disagree”; a row marked both ways is not counted for that person and the ballot
stays valid (Art. 30.1, counted by the core)."""

from __future__ import annotations

from tests.electionwebkit import set_up
from tests.webhelpers import client_for

# By hand: 5 convened, none excluded: base 5, 3 votes elect. Candidate 1 agreed on
# ballots 1-4 (4 votes, 80,00%); candidate 2 on ballots 1 and 4 only — ballot 3 marks
# row 2 both ways, which counts for nobody — (2 votes, 40,00%): not elected.
BALLOTS = [
    {"ballot": "1", "agree": "1 2"},
    {"ballot": "2", "agree": "1", "disagree": "2"},
    {"ballot": "3", "agree": "1 2", "disagree": "2"},
    {"ballot": "4", "agree": "1 2"},
    {"ballot": "5", "disagree": "1 2"},
]


def test_it_counts_agree_and_disagree_marks_typed_by_two_counters(people):
    election = set_up(
        client_for("quantri"),
        people,
        list_kind="no_surplus",
        seats="2",
        candidates_list="Nguyễn Văn An\nTrần Thị Bình",
        convened="5",
        excluded_list="",
        present="5",
        issued="5",
    )
    for who in ("daibieu", "laodong"):
        for ballot in BALLOTS:
            url = f"/elections/{election.pk}/ballots/"
            assert client_for(who).post(url, ballot).status_code == 302
    page = client_for("daibieu").get(f"/elections/{election.pk}/").content.decode()
    assert '<dd id="base">5</dd>' in page and '<dd id="threshold">3</dd>' in page
    assert "<td>Nguyễn Văn An</td><td>4</td><td>80,00%</td>" in page
    assert "<td>Trần Thị Bình</td><td>2</td><td>40,00%</td>" in page
    assert "<dt>Số phiếu hợp lệ</dt><dd>5</dd>" in page
    assert "<dt>Số phiếu không hợp lệ</dt><dd>0</dd>" in page
    assert "Còn thiếu 1 người" in page
