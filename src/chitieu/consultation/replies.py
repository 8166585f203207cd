"""A unit's reply as a copy of the draft with Word comments, read all or nothing.

python-docx (1.2) reads the comments (``document.comments``: author, text); where each is
anchored is the paragraph holding its range start (or, without one, its reference mark),
found on python-docx's own paragraph elements. Each anchor paragraph is matched to the
draft's part with the same text; a comment whose paragraph matches no part is kept as
*unplaced*, with that text, for the drafting team to place by hand, never dropped.

Anything that makes the reply unreadable refuses the whole reply with every problem
found: a file that is not a copy of this draft (fewer than half of its paragraphs are
paragraphs of the draft), a damaged or oversized .docx, a comment whose proposal cannot
be read (:mod:`chitieu.consultation.kinds`), no unit to attribute it to.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.consultation.draft import Draft, Part
from chitieu.consultation.kinds import CommentError, Kind, plain, read_comment
from chitieu.consultation.matching import MAX_COMPARISONS, part_of
from chitieu.consultation.model import MAX_COMMENTS, Comment, Reply
from chitieu.problems import InputError, Param, Problem
from chitieu.textread.sources import docx_blocks, open_docx, read_file

ANCHOR_CHARS = 120  # how much of an anchor paragraph a message or a list quotes


def read_reply(
    path: str | Path, draft: Draft, unit: str | None = None, shown: str | None = None
) -> Reply:
    """A reply file (.docx with comments, or the .xlsx comments table) on ``draft``;
    ``unit`` replied (without it, the author of the .docx, or the unit the table names).
    ``shown`` is the file's name in messages (default: the path)."""
    from chitieu.consultation.tables import xlsx_reply

    name = shown or str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in (".docx", ".xlsx"):
        raise InputError([Problem(name, "consult.reply_type", {"t": suffix or Path(path).name})])
    data = read_file(path, (".docx", ".xlsx"))
    if suffix == ".docx":
        return docx_reply(data, name, draft, unit)
    return xlsx_reply(data, name, draft, unit)


def docx_reply(data: bytes, name: str, draft: Draft, unit: str | None = None) -> Reply:
    """The comments of a copy of ``draft`` with Word comments (the file's bytes)."""
    document = open_docx(data, name)
    try:
        lines, anchors = _anchors(document)
        found = [(c.comment_id, c.text, c.author) for c in document.comments]
        author = document.core_properties.author or ""
    except MemoryError:
        raise
    except Exception:  # a damaged part python-docx only reads when asked
        raise InputError([Problem(name, "text.docx")]) from None
    matched = sum(1 for line in lines if draft.part_with_text(line) is not None)
    if not matched or matched * 2 < len(lines):
        raise InputError([Problem(name, "consult.not_a_copy", {"draft": draft.name})])
    if len(found) > MAX_COMMENTS:
        count = Decimal(MAX_COMMENTS)
        raise InputError([Problem(name, "consult.too_many_comments", {"count": count})])
    who = plain(unit or author)
    problems = [] if who else [Problem(name, "consult.no_unit")]
    nearly = len(found) * len(draft.parts) <= MAX_COMPARISONS
    comments: list[Comment] = []
    # in the order of the paragraphs they are on; those on none last
    found.sort(key=lambda c: (anchors.get(c[0], (len(lines), []))[0], c[0]))
    found = [c for c in found if plain(c[1])]  # an empty comment says nothing
    for n, (cid, text, _) in enumerate(found, start=1):
        anchor = anchors.get(cid, (0, []))[1]
        part = next((p for line in anchor if (p := part_of(line, draft, nearly))), None)
        shown = plain(anchor[0] if anchor else "")[:ANCHOR_CHARS]
        try:
            comments.append(_comment(f"{name}#{n}", who, text, draft, part, shown))
        except CommentError as exc:
            at = part.ref if part else shown or "–"
            params: dict[str, Param] = {"n": n, "at": at, "why": exc.said}
            problems.append(Problem(name, "consult.in_comment", params))
    if problems:
        raise InputError(problems)
    placed = tuple(c for c in comments if c.part is not None)
    unplaced = tuple(c for c in comments if c.part is None)  # anchored to other text, or none
    return Reply(who, name, draft.version, placed, unplaced)


Anchor = tuple[int, list[str]]  # where a comment is: its block's order, the block's lines


def _anchors(document: Any) -> tuple[list[str], dict[int, Anchor]]:
    """The document's non-empty lines, and for each comment id the text block its range
    starts in (else the one holding its reference mark)."""
    lines: list[str] = []
    starts: dict[int, Anchor] = {}
    marks: dict[int, Anchor] = {}
    for at, (text, paragraphs) in enumerate(docx_blocks(document)):
        block = [line for line in text.splitlines() if line.strip()]
        lines += block
        for paragraph in paragraphs:
            element = paragraph._p  # python-docx's own element for the paragraph
            for cid in element.xpath(".//w:commentRangeStart/@w:id"):
                starts.setdefault(int(cid), (at, block))
            for cid in element.xpath(".//w:commentReference/@w:id"):
                marks.setdefault(int(cid), (at, block))
    return lines, marks | starts


def _comment(
    cid: str, unit: str, text: str, draft: Draft, part: Part | None, anchor: str
) -> Comment:
    reading = read_comment(text)
    target = None
    if reading.kind is Kind.TARGET_VALUE and part is not None and part.targets:
        target = part.targets[0]
    return Comment(
        id=cid,
        unit=unit,
        kind=reading.kind,
        text=plain(text),
        version=draft.version,
        part=part.key if part else None,
        anchor="" if part else anchor,
        proposed_text=reading.proposed_text,
        proposed_value=reading.proposed_value,
        target=target,
    )
