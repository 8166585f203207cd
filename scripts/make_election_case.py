"""Write the ballots.csv of the larger hand-designed election cases in tests/data/elections/.

The vote counts are chosen by hand first (they are written in each case's why.md and
expected.json); this script only lays out ballots that realise exactly those counts, so a
counting committee's 300 ballots need not be typed. It knows nothing of bases, thresholds or
who is elected: it is not the counting code and must never import it.

How the ballots are laid out: candidate c must be crossed out on (valid - votes[c]) valid
ballots. The crossings are dealt round the valid ballots like cards, candidate after candidate,
each starting where the previous one stopped; a candidate is therefore crossed at most once on a
ballot and every ballot receives either floor(T/V) or ceil(T/V) crossings (T crossings in all, V
valid ballots). The spec is chosen so that floor(T/V) >= candidates - seats, i.e. every valid
ballot keeps no more names than there are seats. The invalid ballots are listed as they are.
The rows are then shuffled with a fixed seed and numbered 1..n, and a plain count of the names
left standing on the valid ballots is compared with the hand-chosen counts.

Run: python scripts/make_election_case.py [tests/data/elections]
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Invalid:
    crossed: tuple[int, ...]
    reason: str = ""  # empty: invalid by the text (too many names kept), not by the committee


@dataclass(frozen=True)
class Spec:
    folder: str
    seats: int
    valid: int
    votes: dict[int, int]  # candidate number (ballot order) -> votes on valid ballots
    invalid: tuple[Invalid, ...] = field(default_factory=tuple)
    seed: int = 15


def in_ballot_order(counts: str) -> dict[int, int]:
    """Votes of candidates 1, 2, 3 … written as one line."""
    return {no: int(votes) for no, votes in enumerate(counts.split(), start=1)}


WRITE_IN = "Phiếu ghi thêm tên người ngoài danh sách bầu cử"

SPECS = (
    Spec(
        folder="vong-1-thieu-ghe",
        seats=7,
        valid=37,
        votes={1: 35, 2: 18, 3: 30, 4: 19, 5: 17, 6: 33, 7: 16, 8: 28, 9: 12},
    ),
    Spec(
        folder="vong-2-bau-bo-sung",
        seats=2,
        valid=35,
        votes={1: 24, 2: 19, 3: 18, 4: 6},
        invalid=(Invalid(crossed=(4,)),),
    ),
    Spec(
        folder="dai-hoi-dai-bieu-vang-khong-du-khuyet",
        seats=5,
        valid=115,
        votes={1: 110, 2: 60, 3: 58, 4: 97, 5: 88, 6: 59},
        invalid=(Invalid(crossed=()),),
    ),
    Spec(
        folder="lam-tron-nua-len",
        seats=2,
        valid=32,
        votes={1: 17, 2: 21, 3: 16},
    ),
    Spec(
        folder="doan-dai-bieu-18",
        seats=18,
        valid=293,
        votes=in_ballot_order(
            "226 150 281 172 95 250 205 262 148 236 183 270 120 214 246 160 255 196 230 152 241 221"
        ),
        invalid=(
            Invalid(crossed=(5, 9, 13)),
            Invalid(crossed=(5, 13)),
            Invalid(crossed=(2, 5, 9, 13, 20), reason=WRITE_IN),
        ),
    ),
    Spec(
        folder="doan-dai-bieu-du-khuyet",
        seats=2,
        valid=294,
        votes={1: 180, 2: 140, 3: 210},
        invalid=(Invalid(crossed=()), Invalid(crossed=())),
    ),
)


def lay_out(spec: Spec) -> list[tuple[frozenset[int], str, bool]]:
    """(crossed, invalid_reason, built_valid) for every ballot, valid ones first."""
    crossed: list[set[int]] = [set() for _ in range(spec.valid)]
    start = 0
    for number, votes in spec.votes.items():
        times = spec.valid - votes
        for i in range(times):
            crossed[(start + i) % spec.valid].add(number)
        start = (start + times) % spec.valid
    must_cross = len(spec.votes) - spec.seats
    for i, marks in enumerate(crossed):
        if len(marks) < must_cross:
            raise SystemExit(f"{spec.folder}: valid ballot {i} keeps too many names; fix the spec")
    rows = [(frozenset(marks), "", True) for marks in crossed]
    for bad in spec.invalid:
        rows.append((frozenset(bad.crossed), bad.reason, False))
    return rows


def recount(spec: Spec, rows: list[tuple[frozenset[int], str, bool]]) -> None:
    """Names left standing on the ballots built valid must give the hand-chosen counts."""
    counted = dict.fromkeys(spec.votes, 0)
    for marks, _reason, built_valid in rows:
        if built_valid:
            for number in counted:
                if number not in marks:
                    counted[number] += 1
    if counted != spec.votes:
        raise SystemExit(f"{spec.folder}: laid-out ballots give {counted}, not {spec.votes}")


def write(spec: Spec, root: Path) -> None:
    rows = lay_out(spec)
    recount(spec, rows)
    random.Random(spec.seed).shuffle(rows)
    path = root / spec.folder / "ballots.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["ballot", "crossed", "invalid_reason"])
        for ballot, (marks, reason, _built_valid) in enumerate(rows, start=1):
            writer.writerow([ballot, " ".join(str(n) for n in sorted(marks)), reason])
    print(f"{path}: {len(rows)} ballots")


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("tests/data/elections")
    for spec in SPECS:
        write(spec, root)


if __name__ == "__main__":
    main(sys.argv)
