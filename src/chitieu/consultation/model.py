"""A unit's comments on a draft, as read from its reply or typed into a form."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from chitieu.consultation.kinds import Kind

# A unit comments on some tens of paragraphs; past this a reply is no reply, and grouping
# its comments would only cost time.
MAX_COMMENTS = 2000


@dataclass(frozen=True)
class Comment:
    """One comment of one unit, on one part of one version of the draft.

    ``part`` is the key of the part in the version it was made on (``version``); a
    comment that could not be matched to a part has none and keeps the text it was
    attached to (``anchor``), for the drafting team to place by hand. A general comment,
    on the draft as a whole, has neither.
    """

    id: str  # "reply.docx#3": the file and the comment's order in it
    unit: str
    kind: Kind
    text: str
    version: str
    part: str | None = None
    anchor: str = ""
    proposed_text: str | None = None
    proposed_value: Decimal | None = None
    target: int | None = None  # the draft target a proposed value is for

    @property
    def proposed(self) -> str | None:
        """What it proposes, as text: the wording, or the value (7.5)."""
        if self.proposed_value is not None:
            return format(self.proposed_value.normalize(), "f")
        return self.proposed_text


@dataclass(frozen=True)
class Reply:
    """What one unit sent back on one version of the draft."""

    unit: str
    source: str  # the file, as the user named it (or the form)
    version: str
    comments: tuple[Comment, ...]  # on a part
    unplaced: tuple[Comment, ...] = ()  # attached to text that matches no part
    general: tuple[Comment, ...] = ()  # on the draft as a whole

    def every_comment(self) -> tuple[Comment, ...]:
        return self.comments + self.unplaced + self.general
