"""The drafting team's view of a round: every unit's comments by part, and the answers.

For each part of the draft: how many units commented on it, how many agreed, how many
proposed a change (a wording or a target value), each comment with its unit, the
comments that say the same thing grouped together, the team's response to each comment
(tiếp thu, giải trình, không tiếp thu, the last two with their reason) and the part's
wording in the next version. The units consulted that sent nothing are listed. The web
pages and the command line show this; none of them counts again.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from chitieu.consultation.draft import Draft, Part, fold
from chitieu.consultation.kinds import Kind
from chitieu.consultation.model import Comment, Reply
from chitieu.problems import CodedError, InputError, Problem

# Two comments with texts this alike say the same thing (after case, spaces and quotes).
ALIKE = 0.8


class Decision(StrEnum):
    ACCEPTED = "accepted"  # tiếp thu
    EXPLAINED = "explained"  # giải trình
    NOT_ACCEPTED = "not_accepted"  # không tiếp thu


DECISION_LABELS = {
    Decision.ACCEPTED: ("Tiếp thu", "Accepted"),
    Decision.EXPLAINED: ("Giải trình", "Explained"),
    Decision.NOT_ACCEPTED: ("Không tiếp thu", "Not accepted"),
}


class ResponseError(CodedError, ValueError):
    """A response the drafting team cannot give as it is."""


@dataclass(frozen=True)
class Response:
    """The drafting team's answer to one comment."""

    decision: Decision
    reason: str = ""

    def __post_init__(self) -> None:
        if self.decision is not Decision.ACCEPTED and not self.reason.strip():
            raise ResponseError("consult.reason_missing")


@dataclass(frozen=True)
class Group:
    """Comments on one part that say the same thing: same kind, alike proposals."""

    kind: Kind
    comments: tuple[Comment, ...]

    @property
    def units(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.unit for c in self.comments))


@dataclass(frozen=True)
class PartSummary:
    part: Part
    comments: tuple[Comment, ...]
    groups: tuple[Group, ...]
    replied: int  # units that commented on the part
    agreed: int  # units that agreed with it
    proposed: int  # units that proposed a wording or a target value
    new_text: str | None = None  # its wording in the next version, when decided
    next_part: Part | None = None  # the same part in the next version, when one is given


@dataclass(frozen=True)
class Consolidation:
    draft: Draft
    consulted: tuple[str, ...]
    replied: tuple[str, ...]
    missing: tuple[str, ...]
    parts: tuple[PartSummary, ...]  # the parts commented on, in the draft's order
    unplaced: tuple[Comment, ...]
    general: tuple[Comment, ...]
    responses: Mapping[str, Response]

    def response(self, comment: Comment) -> Response | None:
        return self.responses.get(comment.id)

    def target_proposals(self) -> list[tuple[PartSummary, Comment]]:
        """Every proposed target value, with its part, in the draft's order."""
        return [(s, c) for s in self.parts for c in s.comments if c.kind is Kind.TARGET_VALUE]


def check_replies(replies: Sequence[Reply]) -> None:
    """Refuse two replies of one unit (which one counts is for a person to say)."""
    first: dict[str, str] = {}
    problems = []
    for reply in replies:
        if reply.unit in first:
            params = {"unit": reply.unit, "other": first[reply.unit]}
            problems.append(Problem(reply.source, "consult.unit_twice", params))
        first.setdefault(reply.unit, reply.source)
    if problems:
        raise InputError(problems)


def consolidate(
    draft: Draft,
    replies: Sequence[Reply],
    consulted: Iterable[str] = (),
    responses: Mapping[str, Response] | None = None,
    new_texts: Mapping[str, str] | None = None,
    next_version: tuple[Draft, Mapping[str, str]] | None = None,
) -> Consolidation:
    """The round on ``draft``: ``replies`` (one per unit, made on this version) from the
    units ``consulted`` (those that replied are consulted too); ``responses`` by comment
    id; ``new_texts`` by part key; ``next_version`` the next draft and the part matching
    (:func:`chitieu.consultation.matching.match_versions`)."""
    check_replies(replies)
    replied = tuple(r.unit for r in replies)
    asked = tuple(dict.fromkeys([*consulted, *replied]))
    by_part: dict[str, list[Comment]] = {}
    for reply in replies:
        for comment in reply.comments:
            by_part.setdefault(str(comment.part), []).append(comment)
    parts = []
    for part in draft.parts:
        if part.key in by_part:
            moved = _moved(part, next_version)
            text = (new_texts or {}).get(part.key)
            parts.append(_summary(part, by_part[part.key], text, moved))
    return Consolidation(
        draft=draft,
        consulted=asked,
        replied=replied,
        missing=tuple(u for u in asked if u not in replied),
        parts=tuple(parts),
        unplaced=tuple(c for r in replies for c in r.unplaced),
        general=tuple(c for r in replies for c in r.general),
        responses=dict(responses or {}),
    )


def _moved(part: Part, next_version: tuple[Draft, Mapping[str, str]] | None) -> Part | None:
    if next_version is None:
        return None
    new, matching = next_version
    return new.part(matching[part.key]) if part.key in matching else None


def _summary(
    part: Part, comments: list[Comment], new_text: str | None, next_part: Part | None
) -> PartSummary:
    def units(kinds: set[Kind]) -> int:
        return len({c.unit for c in comments if c.kind in kinds})

    return PartSummary(
        part=part,
        comments=tuple(comments),
        groups=tuple(group(comments)),
        replied=len({c.unit for c in comments}),
        agreed=units({Kind.AGREE}),
        proposed=units({Kind.WORDING, Kind.TARGET_VALUE}),
        new_text=new_text,
        next_part=next_part,
    )


def group(comments: Sequence[Comment]) -> list[Group]:
    """Comments that say the same thing, together, in the order first said: agreements
    all together; proposed values when equal; wordings and other comments when their
    texts are alike (:data:`ALIKE`)."""
    groups: list[tuple[Kind, str, list[Comment]]] = []
    for comment in comments:
        said = _gist(comment)
        for kind, gist, members in groups:
            if kind is comment.kind and _alike(kind, gist, said):
                members.append(comment)
                break
        else:
            groups.append((comment.kind, said, [comment]))
    return [Group(kind, tuple(members)) for kind, _, members in groups]


def _gist(comment: Comment) -> str:
    if comment.kind is Kind.TARGET_VALUE:
        return str((comment.proposed_value or Decimal(0)).normalize())
    return fold(comment.proposed_text or comment.text)


def _alike(kind: Kind, a: str, b: str) -> bool:
    if kind is Kind.AGREE:
        return True
    if kind is Kind.TARGET_VALUE:
        return a == b
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= ALIKE
