"""A candidate is elected with more than half of the base (convened minus exclusions), not
of the valid ballots: in a cell of 11 official members with one absent for a reason the
committee accepted, the base is 10, 5 votes do not elect and 6 do (the issue's example,
dangcongsan.vn, Art. 30 of 190-QĐ/TW)."""

from __future__ import annotations

from pathlib import Path

from tests.electionkit import counted, election_yaml, write

ABSENT = ("vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý", 1)


def cell(tmp_path: Path, rows: list[str]) -> tuple[str, str]:
    yaml = election_yaml(
        seats=1,
        names=["Nguyễn Văn An", "Trần Thị Bình"],
        convened=11,
        excluded=[ABSENT],
        present=10,
        issued=10,
    )
    return write(tmp_path, yaml, rows)


def test_it_does_not_elect_with_5_of_a_base_of_10(tmp_path: Path) -> None:
    # An crossed out on 5 ballots, Bình on 5: 5 votes each (half of 10 is not more than half)
    rows = [f"{i},1," for i in range(1, 6)] + [f"{i},2," for i in range(6, 11)]
    result = counted(*cell(tmp_path, rows))
    assert (result["base"], result["threshold"]) == (10, 6)
    assert [(c["votes"], c["elected"]) for c in result["candidates"]] == [(5, False), (5, False)]
    assert result["elected"] == [] and result["seats_unfilled"] == 1
    assert result["ties"] == []  # not a tie for a seat: neither passes
    assert result["candidates"][0]["percent_of_base"] == "50.00"


def test_it_elects_with_6_of_a_base_of_10(tmp_path: Path) -> None:
    rows = [f"{i},2," for i in range(1, 7)] + [f"{i},1," for i in range(7, 11)]
    result = counted(*cell(tmp_path, rows))
    assert [c["votes"] for c in result["candidates"]] == [6, 4]
    assert result["elected"] == [1] and result["seats_unfilled"] == 0
    assert result["candidates"][0]["percent_of_base"] == "60.00"


def test_it_takes_the_half_of_the_base_not_of_the_valid_ballots(tmp_path: Path) -> None:
    # 9 returned, 2 of them invalid (both names kept for one seat): 5 of 7 valid ballots is
    # more than half of the ballots, but 5 of the base of 10 is not
    rows = ["1,2,", "2,2,", "3,2,", "4,2,", "5,2,", "6,1,", "7,1,", "8,,", "9,,"]
    result = counted(*cell(tmp_path, rows))
    assert result["ballots"] == {"issued": 10, "returned": 9, "valid": 7, "invalid": 2}
    assert result["candidates"][0]["votes"] == 5
    assert result["elected"] == []
