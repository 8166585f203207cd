"""The ballot rules the text settles are applied by themselves (Art. 15 and 30.1 of
190-QĐ/TW): a surplus ballot keeping more names than seats is invalid; on a list without
surplus a row marked in both boxes or in neither is not counted for that person and the
ballot stays valid; a ballot the committee declares invalid is invalid, with its reason."""

from __future__ import annotations

from pathlib import Path

from tests.electionkit import count, counted, election_yaml, write

NAMES = ["Hoàng Văn Một", "Lý Thị Hai", "Vũ Văn Ba", "Đỗ Thị Bốn"]


def test_a_surplus_ballot_keeping_more_names_than_seats_is_invalid(tmp_path: Path) -> None:
    yaml = election_yaml(seats=3, names=NAMES, convened=6, present=6, issued=6)
    rows = [
        "1,4,",  # keeps 1 2 3: valid
        "2,3,",  # keeps 1 2 4: valid
        "3,,",  # keeps all four for three seats: invalid
        "4,1 2,",  # keeps 3 4: fewer than the seats is valid
        "5,1 2 3 4,",  # keeps nobody: not settled by the text; valid unless declared
        "6,4,không do Ban kiểm phiếu phát ra",  # declared invalid by the committee
    ]
    result = counted(*write(tmp_path, yaml, rows))
    assert result["ballots"] == {"issued": 6, "returned": 6, "valid": 4, "invalid": 2}
    # 1: ballots 1, 2 → 2; 2: 1, 2 → 2; 3: 1, 4 → 2; 4: 2, 4 → 2 (base 6, threshold 4)
    assert [c["votes"] for c in result["candidates"]] == [2, 2, 2, 2]


def test_the_invalid_ballots_are_listed_with_their_reasons(tmp_path: Path) -> None:
    yaml = election_yaml(seats=3, names=NAMES, convened=6, present=6, issued=6)
    rows = ["1,4,", "3,,", "6,4,không do Ban kiểm phiếu phát ra"]
    r = count(*write(tmp_path, yaml, rows), lang="vi")
    assert r.exit_code == 0, r.stderr
    assert "Phiếu số 3: để lại 4 người trong khi chỉ bầu 3 (bầu quá số lượng)." in r.stdout
    assert (
        "Phiếu số 6: ban kiểm phiếu xác định không hợp lệ: không do Ban kiểm phiếu phát ra."
        in r.stdout
    )


def test_a_row_marked_both_ways_or_not_at_all_is_not_counted_and_the_ballot_is_valid(
    tmp_path: Path,
) -> None:
    yaml = election_yaml(
        seats=3, names=NAMES[:3], convened=5, present=5, issued=5, kind="no_surplus"
    )
    rows = [
        "1,1 2 3,,",  # agrees with all three
        "2,1 2 3,1,",  # 1 marked in both boxes: not counted for 1
        "3,2 3,,",  # 1 marked in neither box: not counted for 1
        "4,2,1 3,",  # disagrees with 1 and 3
        "5,1 2 3,,",
    ]
    result = counted(*write(tmp_path, yaml, rows, kind="no_surplus"))
    assert result["ballots"]["valid"] == 5 and result["ballots"]["invalid"] == 0
    # 1: ballots 1, 5 → 2; 2: all five → 5; 3: ballots 1, 2, 3, 5 → 4 (base 5, threshold 3)
    assert [c["votes"] for c in result["candidates"]] == [2, 5, 4]
    assert result["elected"] == [2, 3] and result["seats_unfilled"] == 1


def test_a_single_name_must_be_marked_in_exactly_one_box(tmp_path: Path) -> None:
    yaml = election_yaml(
        seats=1, names=NAMES[:1], convened=4, present=4, issued=4, kind="no_surplus"
    )
    rows = ["1,1,,", "2,1,1,", "3,,,", "4,,1,"]
    result = counted(*write(tmp_path, yaml, rows, kind="no_surplus"))
    # ballots 2 (both boxes) and 3 (neither) are invalid: one name, not one box
    assert result["ballots"] == {"issued": 4, "returned": 4, "valid": 2, "invalid": 2}
    assert result["candidates"][0]["votes"] == 1
