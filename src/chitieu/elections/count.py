"""The count: which ballots are valid, how many votes each candidate has, who is elected.

Each rule is one function, stated with its article of the Quy chế bầu cử trong Đảng
(Quyết định 190-QĐ/TW of 10/10/2024); docs/elections.md lists them. What the text leaves
to the counting committee (a ballot it judges invalid for another reason, a tie, the
candidates of a further round) the software takes from the committee and never decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from chitieu.elections.model import Ballot, Candidate, Election, ListKind
from chitieu.problems import CodedError, Message, coded
from chitieu.rounding import round_half_up

PERCENT_PLACES = 2  # the minutes give the share of the base with two decimals


def invalid_because(election: Election, ballot: Ballot) -> Message | None:
    """Why ``ballot`` is invalid, or None when it is valid (Art. 15 of 190-QĐ/TW).

    - the committee declared it invalid (not issued by the committee, …): its reason;
    - a list with surplus keeping more names than seats ("bầu quá số lượng");
    - a list of one name without surplus not marked in exactly one of the two boxes.

    On a list of several names without surplus a row marked in both boxes or in neither
    leaves the ballot valid: only that row is not counted (:func:`votes_of`).
    """
    if ballot.invalid_reason.strip():
        return coded("ballot.declared_invalid", reason=ballot.invalid_reason.strip())
    if election.list_kind is ListKind.SURPLUS:
        kept = len(election.candidates) - len(ballot.crossed)
        if kept > election.seats:
            return coded("ballot.kept_over_seats", kept=kept, seats=election.seats)
        return None
    if len(election.candidates) == 1:
        (only,) = election.candidates
        if (only.no in ballot.agree) == (only.no in ballot.disagree):
            return coded("ballot.single_not_one_box")
    return None


def votes_of(election: Election, ballot: Ballot) -> frozenset[int]:
    """The candidates a valid ballot votes for: the names not crossed out (surplus), or
    the rows marked đồng ý alone (no surplus; Art. 30.1 of 190-QĐ/TW)."""
    if election.list_kind is ListKind.SURPLUS:
        return frozenset(c.no for c in election.candidates) - ballot.crossed
    return ballot.agree - ballot.disagree


def is_elected_share(votes: int, base: int) -> bool:
    """More than half of the base (Art. 30.2–30.3 of 190-QĐ/TW): ``votes × 2 > base``,
    in whole numbers, so that 5 of 10 is not elected and 6 of 10 is."""
    return votes * 2 > base


def percent_of_base(votes: int, base: int) -> Decimal:
    """The share of the base, in per cent with two decimals, rounded half up."""
    return round_half_up(Decimal(votes) * 100 / Decimal(base), PERCENT_PLACES)


@dataclass(frozen=True)
class CandidateResult:
    candidate: Candidate
    votes: int
    percent: Decimal  # of the base
    elected: bool
    tied: bool  # in a tie at the last seat, to be settled by the congress


@dataclass(frozen=True)
class InvalidBallot:
    number: int
    why: Message


@dataclass(frozen=True)
class Result:
    """The count of one round, as the minutes report it."""

    election: Election
    returned: int
    valid: int
    candidates: tuple[CandidateResult, ...]  # in ballot order
    elected: tuple[int, ...]  # numbers, most votes first (ballot order among equals)
    ties: tuple[tuple[int, ...], ...]  # each group tied for the seats left
    seats_unfilled: int  # seats this round did not fill, the ones a tie holds included
    invalid_ballots: tuple[InvalidBallot, ...]

    @property
    def base(self) -> int:
        return self.election.base

    @property
    def threshold(self) -> int:
        return self.election.threshold

    @property
    def invalid(self) -> int:
        return self.returned - self.valid

    @property
    def tied_seats(self) -> int:
        """The seats a tie holds (0 without one)."""
        return self.seats_unfilled if self.ties else 0

    def of(self, no: int) -> CandidateResult:
        return next(c for c in self.candidates if c.candidate.no == no)

    def to_dict(self) -> dict[str, Any]:
        """The result as ``chitieu election count --format json`` prints it."""
        return {
            "base": self.base,
            "threshold": self.threshold,
            "ballots": {
                "issued": self.election.issued,
                "returned": self.returned,
                "valid": self.valid,
                "invalid": self.invalid,
            },
            "candidates": [
                {
                    "no": c.candidate.no,
                    "name": c.candidate.name,
                    "votes": c.votes,
                    "percent_of_base": str(c.percent),  # decimals travel as strings
                    "elected": c.elected,
                    "tied": c.tied,
                }
                for c in self.candidates
            ],
            "elected": list(self.elected),
            "ties": [list(group) for group in self.ties],
            "seats_unfilled": self.seats_unfilled,
        }


def count(election: Election, ballots: Sequence[Ballot]) -> Result:
    """Count checked ``ballots`` (:mod:`chitieu.elections.reading` refuses bad ones)."""
    tally = {c.no: 0 for c in election.candidates}
    invalid: list[InvalidBallot] = []
    for ballot in ballots:
        why = invalid_because(election, ballot)
        if why is not None:
            invalid.append(InvalidBallot(ballot.number, why))
            continue
        for no in votes_of(election, ballot):
            tally[no] += 1
    elected, tied = seats_by_votes(election, tally)
    base = election.base
    rows = tuple(
        CandidateResult(
            c,
            tally[c.no],
            percent_of_base(tally[c.no], base),
            c.no in elected,
            c.no in tied,
        )
        for c in election.candidates
    )
    return Result(
        election=election,
        returned=len(ballots),
        valid=len(ballots) - len(invalid),
        candidates=rows,
        elected=tuple(elected),
        ties=(tuple(tied),) if tied else (),
        seats_unfilled=election.seats - len(elected),
        invalid_ballots=tuple(invalid),
    )


def seats_by_votes(election: Election, tally: dict[int, int]) -> tuple[list[int], list[int]]:
    """Who is elected, most votes first, and who is tied for the seats left.

    Only candidates over the threshold can be elected. When more pass than there are
    seats, the seats go by votes; when candidates with equal votes straddle the last
    seat, none of them is elected: the congress settles the tie by voting again among
    them. Equal votes never fall to ballot order or age.
    """
    order = {c.no: i for i, c in enumerate(election.candidates)}
    passing = sorted(
        (no for no, votes in tally.items() if is_elected_share(votes, election.base)),
        key=lambda no: (-tally[no], order[no]),
    )
    if len(passing) <= election.seats:
        return passing, []
    last = tally[passing[election.seats - 1]]
    above = [no for no in passing if tally[no] > last]
    at_last = [no for no in passing if tally[no] == last]
    if len(above) + len(at_last) <= election.seats:  # the equals fit: no tie
        return above + at_last, []
    return above, at_last


def next_round(
    election: Election,
    result: Result,
    keep: Iterable[int] | None = None,
    list_kind: ListKind | None = None,
) -> Election:
    """The next round for the seats ``result`` left unfilled.

    The candidates are those the congress keeps (``keep``, numbers from this round's list,
    none already elected); by default the tied candidates after a tie, else every
    candidate not elected. Numbers and ballot order stay as they were; the list kind too
    unless the congress gives another. Present and issued are copied for the committee to
    check before the vote. A round that could not be counted (fewer names than seats on a
    surplus list, more on a list without surplus) raises the election's problem.
    """
    if result.seats_unfilled == 0:
        raise CodedError("election.round_not_needed")
    if keep is None:
        kept = [no for group in result.ties for no in group] or [
            c.no for c in election.candidates if c.no not in result.elected
        ]
    else:
        kept = list(dict.fromkeys(keep))
        for no in kept:
            if election.candidate(no) is None or no in result.elected:
                raise CodedError("election.round_candidate", no=no)
    following = replace(
        election,
        seats=result.seats_unfilled,
        candidates=tuple(c for c in election.candidates if c.no in kept),
        list_kind=list_kind or election.list_kind,
        round=election.round + 1,
    )
    for _, said in following.problems():
        raise CodedError(said.code, **said.params)
    return following
