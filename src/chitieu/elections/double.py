"""Double entry: two counters enter the same ballots independently; the result is counted
only when both entries agree, and every difference is listed by ballot number."""

from __future__ import annotations

from collections.abc import Sequence

from chitieu.elections.model import Ballot, Election, ListKind
from chitieu.problems import Problem, coded


def _shown(nos: frozenset[int]) -> str:
    return " ".join(str(no) for no in sorted(nos))


def _columns(ballot: Ballot, election: Election) -> dict[str, str]:
    """What a ballot shows, column by column, as a counter typed it."""
    if election.list_kind is ListKind.SURPLUS:
        marks = {"crossed": _shown(ballot.crossed)}
    else:
        marks = {"agree": _shown(ballot.agree), "disagree": _shown(ballot.disagree)}
    return marks | {"invalid_reason": ballot.invalid_reason}


def differences(
    election: Election,
    first: Sequence[Ballot],
    second: Sequence[Ballot],
    first_name: str,
    second_name: str,
) -> list[Problem]:
    """Every difference between two entries of the same ballots, by ballot number: a
    ballot one counter entered and the other did not, a column they read differently (an
    invalid reason differs only in its words when spaces or capitals differ)."""
    ones = {b.number: b for b in first}
    twos = {b.number: b for b in second}
    out: list[Problem] = []
    for no in sorted(ones.keys() | twos.keys()):
        one, two = ones.get(no), twos.get(no)
        if two is None:
            assert one is not None
            said = coded("ballots.only_in", no=no, file=first_name)
            out.append(Problem.of(first_name, said, line=one.line, field="ballot"))
        elif one is None:
            said = coded("ballots.only_in", no=no, file=second_name)
            out.append(Problem.of(second_name, said, line=two.line, field="ballot"))
        elif one.content() != two.content():
            a, b = _columns(one, election), _columns(two, election)
            for column in a:
                if " ".join(a[column].split()).casefold() != " ".join(b[column].split()).casefold():
                    said = coded(
                        "ballots.differ", no=no, c=column, first=a[column], second=b[column]
                    )
                    out.append(Problem.of(second_name, said, line=two.line, field=column))
    return out
