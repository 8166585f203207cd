"""The drafting team's side of a round: the consolidation (the core's), a response to
each comment, a part's new wording, an unplaced comment placed by hand, the summary
report. Each change is audited in its transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction

from chitieu.consultation.consolidate import Consolidation, Decision, Response, consolidate
from chitieu.consultation.draft import Draft as CoreDraft
from chitieu.consultation.kinds import Kind, plain
from chitieu.consultation.matching import match_versions
from chitieu.consultation.model import Comment as CoreComment
from chitieu.consultation.model import Reply
from chitieu.consultation.summary import Options
from chitieu.consultation.summary_docx import render_docx
from chitieu.consultation.summary_xlsx import render_xlsx
from chitieu.web.consultation import respondents
from chitieu.web.consultation.models import Comment, Round, Wording
from chitieu.web.consultation.respondents import key_of
from chitieu.web.people import audit


def core_comment(c: Comment, version: str, unit: str) -> CoreComment:
    return CoreComment(
        id=c.cid,
        unit=unit,
        kind=Kind(c.kind),
        text=c.text,
        version=version,
        part=c.part or None,
        anchor=c.anchor,
        proposed_text=c.proposed_text or None,
        proposed_value=c.value,
        target=c.target,
    )


def next_version(round: Round, draft: CoreDraft) -> tuple[CoreDraft, dict[str, str]] | None:
    """The draft's version after the round's, if one was uploaded, with each part of the
    round's version matched to its part there (the core's matching)."""
    later = round.version.draft.versions.filter(number__gt=round.version.number).first()
    if later is None:
        return None
    new = later.to_core()
    return new, match_versions(draft, new)


def consolidation(round: Round) -> tuple[Consolidation, dict[str, Comment]]:
    """The round as the core consolidates it (with where each part went in the next
    version, once there is one), and the stored comments by the core's id."""
    draft = round.version.to_core()
    stored = list(round.comments.order_by("pk"))
    names = {r.key: r.name for r in respondents.asked(round)}
    by_unit: dict[str, list[Comment]] = {}
    for c in stored:
        by_unit.setdefault(names.get(key_of(c), key_of(c)), []).append(c)
    replies = []
    for unit, comments in by_unit.items():
        made = [(c, core_comment(c, draft.version, unit)) for c in comments]
        replies.append(
            Reply(
                unit=unit,
                source="web",
                version=draft.version,
                comments=tuple(x for c, x in made if c.part),
                unplaced=tuple(x for c, x in made if not c.part and not c.general),
                general=tuple(x for c, x in made if not c.part and c.general),
            )
        )
    responses = {c.cid: Response(Decision(c.decision), c.reason) for c in stored if c.decision}
    wordings = {w.part: w.text for w in round.wordings.all()}
    consulted = list(names.values())
    made_up = consolidate(
        draft, replies, consulted, responses, wordings, next_version(round, draft)
    )
    return made_up, {c.cid: c for c in stored}


def respond(user: Any, comment: Comment, decision: Decision, reason: str) -> None:
    """The team's response; ResponseError (the core's) when a reason is needed."""
    reason = plain(reason)
    Response(decision, reason)  # the core's rule: a reason unless accepted
    with transaction.atomic():
        old = f"{comment.decision}: {comment.reason}" if comment.decision else ""
        comment.decision, comment.reason = decision.value, reason
        comment.answered_by = user
        comment.save(update_fields=["decision", "reason", "answered_by"])
        new = f"{decision.value}: {reason}" if reason else decision.value
        audit.record(user, "comment_answered", comment, old=old, new=new)


def set_wording(user: Any, round: Round, part: str, text: str) -> None:
    """A part's wording in the next version (empty: none decided)."""
    text = plain(text)
    with transaction.atomic():
        old = Wording.objects.filter(round=round, part=part).first()
        before = old.text if old else ""
        if not text:
            Wording.objects.filter(round=round, part=part).delete()
        else:
            Wording.objects.update_or_create(round=round, part=part, defaults={"text": text})
        audit.record(user, "wording_decided", round, field=part, old=before, new=text)


def place(user: Any, comment: Comment, part: str) -> None:
    """An unplaced comment put on a part by hand (``part`` a key of the round's version)."""
    with transaction.atomic():
        comment.part = part
        comment.save(update_fields=["part"])
        audit.record(user, "comment_placed", comment, field="part", old=comment.anchor, new=part)


def summary(round: Round, fmt: str, lang: str, today: date) -> bytes:
    """The summary report, written by the core."""
    made, _stored = consolidation(round)
    options = Options(lang=lang, issued=today, issuer=issuer_lines(round.issuer))
    return render_docx(made, options) if fmt == "docx" else render_xlsx(made, options)


def issuer_lines(issuer: str) -> tuple[str, ...]:
    """The issuing body as the header prints it, a line each; none: the core's default."""
    return tuple(line.strip() for line in issuer.splitlines() if line.strip())
