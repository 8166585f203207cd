"""A next round is set up for the seats left unfilled, with the candidates the congress
keeps (by default every candidate not elected; after a tie, those tied), numbers and ballot
order kept, the round number counted on; a round that is not needed or keeps someone
already elected is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.elections import (
    Ballot,
    Election,
    count,
    next_round,
    read_election,
)
from chitieu.problems import CodedError
from tests.electionkit import an_election, election_yaml, write

FIRST = an_election("ABCDE", seats=3, convened=10)


def crossed(number: int, *nos: int) -> Ballot:
    return Ballot(number, crossed=frozenset(nos))


# 1 keeps 9 votes, 2 and 3 five each: one seat filled, two left
BALLOTS = [crossed(1, 1, 3, 4, 5)] + [crossed(i, 3, 4, 5) for i in range(2, 6)]
BALLOTS += [crossed(i, 2, 4, 5) for i in range(6, 11)]


def test_the_next_round_is_for_the_unfilled_seats_with_the_candidates_not_elected() -> None:
    result = count(FIRST, BALLOTS)
    assert result.elected == (1,) and result.seats_unfilled == 2
    second = next_round(FIRST, result)
    assert (second.round, second.seats) == (2, 2)
    assert [c.no for c in second.candidates] == [2, 3, 4, 5]
    assert (second.convened, second.base, second.threshold) == (10, 10, 6)


def test_the_congress_chooses_whom_it_keeps() -> None:
    second = next_round(FIRST, count(FIRST, BALLOTS), keep=[3, 2, 5])
    assert [c.no for c in second.candidates] == [2, 3, 5]  # in ballot order


def test_keeping_someone_elected_or_unknown_is_refused() -> None:
    result = count(FIRST, BALLOTS)
    with pytest.raises(CodedError) as caught:
        next_round(FIRST, result, keep=[1, 2, 3])
    assert caught.value.code == "election.round_candidate" and caught.value.params == {"no": 1}
    with pytest.raises(CodedError):
        next_round(FIRST, result, keep=[9, 2])


def test_keeping_fewer_names_than_seats_on_a_surplus_list_is_refused() -> None:
    with pytest.raises(CodedError) as caught:
        next_round(FIRST, count(FIRST, BALLOTS), keep=[2])
    assert caught.value.code == "election.seats_over_candidates"


def test_after_a_tie_the_round_is_among_those_tied() -> None:
    two = Election(**{**FIRST.__dict__, "seats": 2, "candidates": FIRST.candidates[:4]})
    # 1 & 2 four times, 1 & 3 four times, 2 & 3 twice: 8, 6, 6, 0
    ballots = [crossed(i, 3, 4) for i in range(1, 5)] + [crossed(i, 2, 4) for i in range(5, 9)]
    ballots += [crossed(9, 1, 4), crossed(10, 1, 4)]
    result = count(two, ballots)
    assert result.ties == ((2, 3),)
    again = next_round(two, result)
    assert [c.no for c in again.candidates] == [2, 3] and again.seats == 1


def test_no_round_when_every_seat_is_filled() -> None:
    ballots = [crossed(i, 4, 5) for i in range(1, 11)]
    with pytest.raises(CodedError) as caught:
        next_round(FIRST, count(FIRST, ballots))
    assert caught.value.code == "election.round_not_needed"


def test_the_command_line_writes_the_next_round_file_that_reads_back(tmp_path: Path) -> None:
    yaml = election_yaml(seats=3, names=list("ABCDE"), convened=10, present=10, issued=10)
    rows = ["1,1 3 4 5,"] + [f"{i},3 4 5," for i in range(2, 6)]
    rows += [f"{i},2 4 5," for i in range(6, 11)]
    election, ballots = write(tmp_path, yaml, rows)
    out = tmp_path / "lan-2.yaml"
    args = ["election", "next-round", election, ballots, "--keep", "2,3", "-o", str(out)]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.stderr
    second = read_election(out)
    assert (second.round, second.seats, second.convened) == (2, 2, 10)
    assert [(c.no, c.name) for c in second.candidates] == [(2, "B"), (3, "C")]
