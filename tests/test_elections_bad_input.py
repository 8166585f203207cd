"""Bad election input is refused with a clear message naming the file, the line and the
field, every problem at once, and nothing is counted or written (exit 2): a candidate not on
the list, a ballot entered twice, more ballots returned than issued, exclusions as large as
the convened number, seats ≤ 0 or more seats than candidates on a surplus list (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.electionkit import count, election_yaml, write

NAMES = ["Hoàng Văn Một", "Lý Thị Hai", "Vũ Văn Ba"]


def refused(tmp_path: Path, yaml: str, rows: list[str], lang: str = "en") -> list[str]:
    election, ballots = write(tmp_path, yaml, rows)
    out = tmp_path / "bien-ban.docx"
    r = count(election, ballots, "-o", str(out), lang=lang)
    assert r.exit_code == 2 and r.stdout == "" and not out.exists()
    return [line.replace(str(tmp_path) + "/", "") for line in r.stderr.splitlines()]


def good(**changes: object) -> str:
    values: dict[str, object] = {
        "seats": 2,
        "names": NAMES,
        "convened": 5,
        "present": 5,
        "issued": 5,
    }
    return election_yaml(**{**values, **changes})  # type: ignore[arg-type]


def test_a_candidate_number_not_on_the_list(tmp_path: Path) -> None:
    assert refused(tmp_path, good(), ["1,3,", "2,4,", "3,1 x,"]) == [
        "ballots.csv:3: field 'crossed': “4” is not a candidate number on the list (1 2 3)",
        "ballots.csv:4: field 'crossed': “x” is not a candidate number on the list (1 2 3)",
    ]


def test_a_ballot_entered_twice(tmp_path: Path) -> None:
    assert refused(tmp_path, good(), ["1,3,", "2,2,", "1,1,"]) == [
        "ballots.csv:4: field 'ballot': ballot 1 was already entered at line 2",
    ]


def test_more_ballots_returned_than_issued(tmp_path: Path) -> None:
    rows = [f"{i},3," for i in range(1, 7)]
    assert refused(tmp_path, good(), rows) == [
        "election.yaml:13: $.issued: field 'issued': 6 ballots returned in ballots.csv, "
        "more than the 5 issued",
    ]


@pytest.mark.parametrize("excluded", [[("vắng mặt có lý do", 5)], [("a", 3), ("b", 4)]])
def test_exclusions_that_leave_no_base(tmp_path: Path, excluded: list[tuple[str, int]]) -> None:
    total = sum(n for _, n in excluded)
    assert refused(tmp_path, good(excluded=excluded), ["1,3,"]) == [
        f"election.yaml:12: $.excluded: field 'excluded': the exclusions ({total} in all) "
        "leave no base of the 5 convened",
    ]


@pytest.mark.parametrize("seats", [0, -1])
def test_seats_of_zero_or_fewer(tmp_path: Path, seats: int) -> None:
    assert refused(tmp_path, good(seats=seats), ["1,3,"]) == [
        f"election.yaml:4: $.seats: field 'seats': the number of seats must be at least 1, "
        f"not {seats}",
    ]


def test_more_seats_than_candidates_on_a_surplus_list(tmp_path: Path) -> None:
    assert refused(tmp_path, good(seats=4), ["1,3,"]) == [
        "election.yaml:4: $.seats: field 'seats': 4 seats but 3 candidates: a list with "
        "surplus has at least as many candidates as seats",
    ]


def test_every_problem_of_the_election_file_at_once_in_vietnamese(tmp_path: Path) -> None:
    yaml = good().replace("list: surplus", "list: co_so_du").replace("present: 5", "present: năm")
    yaml = yaml.replace("{no: 2,", "{no: 1,") + "ghi_chu: x\n"
    assert refused(tmp_path, yaml, ["1,3,"], lang="vi") == [
        "election.yaml:15: $.ghi_chu: trường 'ghi_chu': trường “ghi_chu” không hợp lệ (các "
        "trường được dùng: title, congress, elects, seats, list, candidates, convened, "
        "present, issued, excluded, round, committee, organisation, place, date)",
        "election.yaml:5: $.list: trường 'list': “co_so_du” không thuộc các giá trị: "
        "surplus, no_surplus",
        "election.yaml:8: $.candidates[1].no: trường 'no': số thứ tự ứng cử viên 1 xuất "
        "hiện hai lần trong danh sách",
        "election.yaml:12: $.present: trường 'present': “năm” không phải là số nguyên",
    ]


def test_a_missing_field(tmp_path: Path) -> None:
    yaml = good().replace("issued: 5\n", "")
    assert refused(tmp_path, yaml, ["1,3,"]) == [
        "election.yaml: field 'issued': missing required field “issued”",
    ]


def test_a_ballots_file_of_the_other_list_kind(tmp_path: Path) -> None:
    election, _ = write(tmp_path, good(), [])
    ballots = tmp_path / "ballots.csv"
    ballots.write_text("ballot,agree,disagree,invalid_reason\n1,1,,\n", encoding="utf-8")
    r = count(election, str(ballots))
    assert r.exit_code == 2
    allowed = "ballot, crossed, invalid_reason"
    assert r.stderr.replace(str(tmp_path) + "/", "").splitlines() == [
        f"ballots.csv:1: field 'crossed': missing column “crossed” (the columns: {allowed})",
        f"ballots.csv:1: field 'agree': unknown column “agree” (the columns: {allowed})",
        f"ballots.csv:1: field 'disagree': unknown column “disagree” (the columns: {allowed})",
    ]


def test_a_list_without_surplus_with_more_names_than_seats(tmp_path: Path) -> None:
    yaml = good(kind="no_surplus")
    assert refused(tmp_path, yaml, []) == [
        "election.yaml:5: $.list: field 'list': 3 candidates for 2 seats: a list without "
        "surplus has no more candidates than seats (use list: surplus)",
    ]


def test_a_ballots_file_that_is_not_utf8_or_too_large(tmp_path: Path) -> None:
    election, ballots = write(tmp_path, good(), [])
    Path(ballots).write_bytes("ballot,crossed\n1,\xe0\n".encode("cp1258"))
    r = count(election, ballots)
    assert r.exit_code == 2 and "not UTF-8 text" in r.stderr
    with open(ballots, "wb") as f:
        f.truncate(17 * 1024 * 1024)
    r = count(election, ballots)
    assert r.exit_code == 2 and r.stderr.endswith("the file is 17,0 MB; the limit is 16 MB\n")


def test_a_docx_needs_an_output_file(tmp_path: Path) -> None:
    r = count(*write(tmp_path, good(), ["1,3,"]), "--format", "docx")
    assert r.exit_code == 2
    assert r.stderr == "--format: a .docx document is written to a file: give -o FILE\n"


def test_a_candidate_that_is_not_a_record_and_a_committee_member_without_a_role(
    tmp_path: Path,
) -> None:
    yaml = good().replace("  - {no: 3, name: Vũ Văn Ba}", "  - Vũ Văn Ba")
    yaml += "committee:\n  - {name: Lê Văn Cường}\n  - {name: Phạm Thị Dung, vai: x}\n"
    assert refused(tmp_path, yaml, ["1,3,"]) == [
        "election.yaml:9: $.candidates[2]: field 'candidates': expected a mapping of no, name",
        "election.yaml:17: $.committee[1].vai: field 'vai': unknown field “vai” (allowed: "
        "name, role)",
    ]
