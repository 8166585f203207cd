"""An election at a Party congress or conference, and the ballots its counting committee
enters (Quy chế bầu cử trong Đảng, Quyết định 190-QĐ/TW of 10/10/2024; docs/elections.md).

These are plain records: what the congress decided (the seats, the list, who was
convened, who is excluded from the base and why) and what each ballot shows. The rules
that turn them into a result are in :mod:`chitieu.elections.count`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from chitieu.problems import Message, coded


class CongressKind(Enum):
    """Who votes: delegates, every official member, or a committee in conference. The
    base of the count is convened minus the exclusions the rules give for each kind
    (Art. 30 of 190-QĐ/TW)."""

    DELEGATES = "dai_hoi_dai_bieu"  # đại hội đại biểu
    MEMBERS = "dai_hoi_dang_vien"  # đại hội đảng viên
    CONFERENCE = "hoi_nghi"  # hội nghị (a committee electing its standing committee …)


class ListKind(Enum):
    """The ballot: with surplus the voter crosses out the names not chosen; without
    surplus each row has the boxes đồng ý / không đồng ý (Art. 15 of 190-QĐ/TW)."""

    SURPLUS = "surplus"
    NO_SURPLUS = "no_surplus"


@dataclass(frozen=True)
class Candidate:
    """A name on the ballot, by its number in ballot order."""

    no: int
    name: str


@dataclass(frozen=True)
class Exclusion:
    """Convened people who do not count in the base, and the rule's reason for it (e.g.
    "official members absent throughout with a reason the convening committee accepted")."""

    reason: str
    count: int


@dataclass(frozen=True)
class CommitteeMember:
    """A member of the counting committee, who signs the minutes."""

    name: str
    role: str = ""  # "Trưởng ban", "Phó Trưởng ban", "Thành viên" …


@dataclass(frozen=True)
class Election:
    """One round of voting for one body (the executive committee, the delegation …)."""

    title: str
    congress: CongressKind
    elects: str  # what is elected, as the minutes write it
    seats: int
    list_kind: ListKind
    candidates: tuple[Candidate, ...]
    convened: int
    excluded: tuple[Exclusion, ...]
    present: int
    issued: int
    round: int = 1
    committee: tuple[CommitteeMember, ...] = ()  # the counting committee, who sign
    organisation: str = ""  # the Party organisation holding the congress, top left
    place: str = ""  # the place before the date of the minutes
    held_on: date | None = None  # the day of the count (None: a blank in the minutes)

    @property
    def base(self) -> int:
        """Convened minus the exclusions: the number "more than half" is taken of
        (Art. 30 of 190-QĐ/TW), not the ballots."""
        return self.convened - sum(x.count for x in self.excluded)

    @property
    def threshold(self) -> int:
        """The fewest votes that elect: more than half of the base."""
        return self.base // 2 + 1

    def candidate(self, no: int) -> Candidate | None:
        return next((c for c in self.candidates if c.no == no), None)

    def ballot_problems(self, ballot: Ballot) -> list[tuple[str, Message]]:
        """What makes a ballot as entered impossible to count, by its column: a number not
        on the list, a mark in a column the other kind of list has (every entry — a file,
        a web form — is checked the same way)."""
        surplus = self.list_kind is ListKind.SURPLUS
        used = ("crossed",) if surplus else ("agree", "disagree")
        out: list[tuple[str, Message]] = []
        for column, nos in (
            ("crossed", ballot.crossed),
            ("agree", ballot.agree),
            ("disagree", ballot.disagree),
        ):
            if column not in used:
                if nos:
                    allowed = ", ".join(("ballot", *used, "invalid_reason"))
                    out.append((column, coded("ballots.column_unknown", c=column, allowed=allowed)))
                continue
            out += [
                (column, unknown_candidate(self, str(no)))
                for no in sorted(nos)
                if self.candidate(no) is None
            ]
        return out

    def returned_problem(self, returned: int, source: str) -> Message | None:
        """More ballots returned (entered from ``source``) than issued: the count stops,
        for the committee reports ballots issued against ballots returned (Art. 8)."""
        if returned <= self.issued:
            return None
        return coded(
            "election.returned_over_issued", returned=returned, file=source, issued=self.issued
        )

    def problems(self) -> list[tuple[str, Message]]:
        """What makes the election impossible to count, by the field at fault: every
        reader (the election file, a web form) checks it the same way."""
        out: list[tuple[str, Message]] = []
        n = len(self.candidates)
        if self.seats <= 0:
            out.append(("seats", coded("election.seats_not_positive", v=self.seats)))
        elif self.list_kind is ListKind.SURPLUS and self.seats > n:
            out.append(("seats", coded("election.seats_over_candidates", seats=self.seats, n=n)))
        elif self.list_kind is ListKind.NO_SURPLUS and n > self.seats:
            out.append(("list", coded("election.no_surplus_over_seats", seats=self.seats, n=n)))
        excluded = self.convened - self.base
        if excluded >= self.convened:
            said = coded(
                "election.excluded_over_convened", excluded=excluded, convened=self.convened
            )
            out.append(("excluded", said))
        return out


def unknown_candidate(election: Election, written: str) -> Message:
    listed = " ".join(str(c.no) for c in election.candidates)
    return coded("ballots.candidate_unknown", v=written, nos=listed)


@dataclass(frozen=True)
class Ballot:
    """One ballot as a counter entered it.

    On a surplus list ``crossed`` holds the numbers crossed out; on a list without
    surplus ``agree`` and ``disagree`` hold the rows marked in each column. A non-empty
    ``invalid_reason`` is the counting committee's decision that the ballot is invalid
    (e.g. not issued by the committee); the software records it and never second-guesses it.
    """

    number: int
    crossed: frozenset[int] = field(default_factory=frozenset)
    agree: frozenset[int] = field(default_factory=frozenset)
    disagree: frozenset[int] = field(default_factory=frozenset)
    invalid_reason: str = ""
    line: int | None = None  # where it was read, for the messages

    def content(self) -> tuple[frozenset[int], frozenset[int], frozenset[int], str]:
        """What two counters must agree on (not where each typed it)."""
        return self.crossed, self.agree, self.disagree, _folded(self.invalid_reason)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
