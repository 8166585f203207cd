"""Two counters enter the same ballots independently: the result comes only when both
entries agree; otherwise every difference is listed by ballot number and nothing is
counted (exit 2)."""

from __future__ import annotations

from pathlib import Path

from tests.electionkit import HEAD, count, counted, election_yaml, write

NAMES = ["Hoàng Văn Một", "Lý Thị Hai", "Vũ Văn Ba"]
ROWS = ["1,3,", "2,2,", "3,1,", "4,3,", "5,,không có dấu của Ban kiểm phiếu"]


def second(tmp_path: Path, rows: list[str]) -> str:
    path = tmp_path / "ballots-2.csv"
    path.write_text("\n".join([HEAD["surplus"], *rows]) + "\n", encoding="utf-8")
    return str(path)


def files(tmp_path: Path) -> tuple[str, str]:
    yaml = election_yaml(seats=2, names=NAMES, convened=5, present=5, issued=5)
    return write(tmp_path, yaml, ROWS)


def test_it_counts_when_both_entries_agree(tmp_path: Path) -> None:
    election, first = files(tmp_path)
    # the same ballots in another order, the reason in other capitals and spaces
    other = ["5,,Không có dấu của  Ban kiểm phiếu", "4,3,", "3,1,", "2,2,", "1,3,"]
    result = counted(election, first, "--second", second(tmp_path, other))
    assert [c["votes"] for c in result["candidates"]] == [3, 3, 2]


def test_it_lists_every_difference_by_ballot_number_and_counts_nothing(tmp_path: Path) -> None:
    election, first = files(tmp_path)
    other = ["1,3,", "2,1,", "4,3,", "5,,", "6,2,"]
    r = count(election, first, "--second", (path := second(tmp_path, other)), "--format", "json")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.splitlines() == [
        f"{path}:3: field 'crossed': ballot 2, column “crossed”: the first entry has “2”, "
        "the second “1”",
        f"{first}:4: field 'ballot': ballot 3 is entered in {first} only",
        f"{path}:5: field 'invalid_reason': ballot 5, column “invalid_reason”: the first "
        "entry has “không có dấu của Ban kiểm phiếu”, the second “”",
        f"{path}:6: field 'ballot': ballot 6 is entered in {path} only",
    ]


def test_the_differences_read_in_vietnamese(tmp_path: Path) -> None:
    election, first = files(tmp_path)
    other = ["1,3,", "2,1,", "3,1,", "4,3,", "5,,không có dấu của Ban kiểm phiếu"]
    r = count(election, first, "--second", (path := second(tmp_path, other)), lang="vi")
    assert r.exit_code == 2
    assert r.stderr == (
        f"{path}:3: trường 'crossed': phiếu số 2, cột “crossed”: lần nhập thứ nhất ghi “2”, "
        "lần nhập thứ hai ghi “1”\n"
    )


def test_both_entries_problems_are_listed_at_once(tmp_path: Path) -> None:
    election, first = files(tmp_path)
    Path(first).write_text("ballot,crossed,invalid_reason\n1,9,\n", encoding="utf-8")
    r = count(election, first, "--second", (path := second(tmp_path, ["1,3,", "1,2,"])))
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        f"{first}:2: field 'crossed': “9” is not a candidate number on the list (1 2 3)",
        f"{path}:3: field 'ballot': ballot 1 was already entered at line 2",
    ]
