"""When more candidates pass than there are seats, the seats go by votes; a tie at the last
seat is reported as a tie among those tied, never decided by the software; seats left
unfilled are reported."""

from __future__ import annotations

from pathlib import Path

from tests.electionkit import counted, election_yaml, write

NAMES = ["Hoàng Văn Một", "Lý Thị Hai", "Vũ Văn Ba", "Đỗ Thị Bốn", "Phan Văn Năm"]

# base 10 (10 convened, none excluded), threshold 6
# ballot 1 crosses 1; 2–3 cross 2; 4–6 cross 3; 7–10 cross 4; all cross 5:
# votes 9, 8, 7, 6, 0: four pass for three seats
FOUR_PASS = ["1,1 5,", "2,2 5,", "3,2 5,", "4,3 5,", "5,3 5,", "6,3 5,"] + [
    f"{i},4 5," for i in range(7, 11)
]
# each ballot keeps two of the first three: 1 & 2 four times, 1 & 3 four times, 2 & 3 twice:
# votes 8, 6, 6, 0
TWO_EQUAL = (
    ["1,3 4,", "2,3 4,", "3,3 4,", "4,3 4,"]
    + [f"{i},2 4," for i in range(5, 9)]
    + [
        "9,1 4,",
        "10,1 4,",
    ]
)


def election(tmp_path: Path, seats: int, names: list[str], rows: list[str]) -> tuple[str, str]:
    yaml = election_yaml(seats=seats, names=names, convened=10, present=10, issued=10)
    return write(tmp_path, yaml, rows)


def test_the_seats_go_by_votes_when_more_pass_than_there_are_seats(tmp_path: Path) -> None:
    result = counted(*election(tmp_path, 3, NAMES, FOUR_PASS))
    assert [c["votes"] for c in result["candidates"]] == [9, 8, 7, 6, 0]
    assert result["elected"] == [1, 2, 3]
    assert [c["elected"] for c in result["candidates"]] == [True, True, True, False, False]
    assert result["ties"] == [] and result["seats_unfilled"] == 0


def test_a_tie_at_the_last_seat_is_reported_and_not_decided(tmp_path: Path) -> None:
    result = counted(*election(tmp_path, 2, NAMES[:4], TWO_EQUAL))
    assert [c["votes"] for c in result["candidates"]] == [8, 6, 6, 0]
    assert result["elected"] == [1]
    assert result["ties"] == [[2, 3]]
    assert [c["tied"] for c in result["candidates"]] == [False, True, True, False]
    assert [c["elected"] for c in result["candidates"]] == [True, False, False, False]
    assert result["seats_unfilled"] == 1


def test_equal_votes_that_fit_the_seats_are_no_tie(tmp_path: Path) -> None:
    result = counted(*election(tmp_path, 3, NAMES[:4], TWO_EQUAL))
    assert result["elected"] == [1, 2, 3] and result["ties"] == []
    assert result["seats_unfilled"] == 0


def test_seats_nobody_fills_are_reported(tmp_path: Path) -> None:
    # 3 seats, only 1 passes (1: 9 votes; 2: 5; the others fewer)
    rows = (
        ["1,1 3 4 5,"]
        + [f"{i},3 4 5," for i in range(2, 6)]
        + [f"{i},2 4 5," for i in range(6, 11)]
    )
    result = counted(*election(tmp_path, 3, NAMES, rows))
    assert [c["votes"] for c in result["candidates"]] == [9, 5, 5, 0, 0]
    assert result["elected"] == [1] and result["seats_unfilled"] == 2 and result["ties"] == []
