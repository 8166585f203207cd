"""Party elections: the count of a congress's ballots by the Quy chế bầu cử trong Đảng
(Quyết định 190-QĐ/TW of 10/10/2024), and its minutes (biên bản kiểm phiếu).

Pure: no web framework, no database. The command line (``chitieu election count``) and
the web app call it and never recompute it::

    election = read_election("bau-bch.yaml")
    result = count(election, read_ballots("phieu.csv", election))
    data = render_minutes(result, "docx", lang="vi")

docs/elections.md states each rule with its article.
"""

from __future__ import annotations

from chitieu.elections.count import (
    CandidateResult,
    InvalidBallot,
    Result,
    count,
    invalid_because,
    is_elected_share,
    next_round,
    percent_of_base,
    votes_of,
)
from chitieu.elections.documents import render_minutes
from chitieu.elections.double import differences
from chitieu.elections.model import (
    Ballot,
    Candidate,
    CommitteeMember,
    CongressKind,
    Election,
    Exclusion,
    ListKind,
)
from chitieu.elections.reading import (
    ballots_from_text,
    count_files,
    dump_election,
    read_ballots,
    read_election,
)

__all__ = [
    "Ballot",
    "Candidate",
    "CandidateResult",
    "CommitteeMember",
    "CongressKind",
    "Election",
    "Exclusion",
    "InvalidBallot",
    "ListKind",
    "Result",
    "ballots_from_text",
    "count",
    "count_files",
    "differences",
    "dump_election",
    "invalid_because",
    "is_elected_share",
    "next_round",
    "percent_of_base",
    "read_ballots",
    "read_election",
    "render_minutes",
    "votes_of",
]
