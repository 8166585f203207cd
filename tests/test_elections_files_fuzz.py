"""Whatever an election file or a ballots file holds (broken YAML or CSV, another encoding,
odd values), reading it gives the election and its ballots or the project's input error
naming the file: never another exception, so `chitieu election count` exits 2."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given

from chitieu.elections import count, read_ballots, read_election
from tests.filekit import fuzz, mutated, read_or_refuse

ELECTION = """title: Đại hội Chi bộ Thử
congress: dai_hoi_dang_vien
elects: Ban Chi ủy
seats: 2
list: surplus
candidates:
  - {no: 1, name: Nguyễn Văn An}
  - {no: 2, name: Trần Thị Bình}
  - {no: 3, name: Lê Văn Cường}
convened: 6
excluded:
  - {reason: vắng mặt có lý do, count: 1}
present: 5
issued: 5
round: 1
committee:
  - {name: Hoàng Văn Em, role: Trưởng ban}
  - Vũ Thị Gấm
date: 20/6/2025
""".encode()
BALLOTS = "ballot,crossed,invalid_reason\n1,3,\n2,2,\n3,,\n4,1 2,\n5,3,không có dấu\n".encode()


def test_the_seeds_themselves_are_read(tmp_path: Path) -> None:
    (tmp_path / "e.yaml").write_bytes(ELECTION)
    (tmp_path / "b.csv").write_bytes(BALLOTS)
    election = read_election(tmp_path / "e.yaml")
    assert [b.number for b in read_ballots(tmp_path / "b.csv", election)] == [1, 2, 3, 4, 5]


@fuzz(200)
@given(mutated(ELECTION))
def test_it_reads_or_refuses_any_mutated_election_file(data: bytes) -> None:
    read_or_refuse(read_election, data, "bau-cu.yaml")


@fuzz(200)
@given(mutated(BALLOTS))
def test_it_reads_or_refuses_any_mutated_ballots_file(data: bytes) -> None:
    def read_and_count(path: Path) -> None:
        election = read_or_refuse(read_election, ELECTION, "bau-cu.yaml")
        assert election is not None
        count(election, read_ballots(path, election))

    read_or_refuse(read_and_count, data, "phieu.csv")
