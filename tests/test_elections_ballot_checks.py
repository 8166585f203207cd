"""A ballot however it was entered (a file, a web form) is checked the same way against its
election: a candidate number not on the list, or a mark in a column the other kind of list
has, is named by its column, before anything is counted."""

from __future__ import annotations

from chitieu.elections import Ballot, Candidate, CongressKind, Election, ListKind
from tests.electionkit import an_election

SURPLUS = an_election(
    "ABE",
    seats=2,
    convened=9,
    congress=CongressKind.CONFERENCE,
    candidates=(Candidate(1, "A"), Candidate(2, "B"), Candidate(5, "E")),
)
NO_SURPLUS = Election(**{**SURPLUS.__dict__, "list_kind": ListKind.NO_SURPLUS, "seats": 3})


def shown(election: Election, ballot: Ballot) -> list[tuple[str, str]]:
    return [(column, str(said)) for column, said in election.ballot_problems(ballot)]


def test_a_ballot_of_listed_numbers_is_fine() -> None:
    assert shown(SURPLUS, Ballot(1, crossed=frozenset({1, 5}))) == []
    assert shown(NO_SURPLUS, Ballot(1, agree=frozenset({1, 2}), disagree=frozenset({2}))) == []


def test_a_number_not_on_the_list_is_named_by_its_column() -> None:
    assert shown(SURPLUS, Ballot(1, crossed=frozenset({3, 1}))) == [
        ("crossed", "“3” is not a candidate number on the list (1 2 5)"),
    ]
    assert shown(NO_SURPLUS, Ballot(1, agree=frozenset({4}), disagree=frozenset({6}))) == [
        ("agree", "“4” is not a candidate number on the list (1 2 5)"),
        ("disagree", "“6” is not a candidate number on the list (1 2 5)"),
    ]


def test_a_mark_in_the_other_kind_of_list_is_refused() -> None:
    assert shown(NO_SURPLUS, Ballot(1, crossed=frozenset({1}))) == [
        (
            "crossed",
            "unknown column “crossed” (the columns: ballot, agree, disagree, invalid_reason)",
        ),
    ]
    assert [c for c, _ in shown(SURPLUS, Ballot(1, agree=frozenset({1})))] == ["agree"]
