"""Matching text to a draft's parts: a reply's paragraphs, and the parts of the next version.

Equal text (as :func:`chitieu.consultation.draft.fold` compares it) matches first; what is
left is compared by similarity (difflib's ratio, with its quick upper bounds first), and
only within a budget of comparisons, so that a long unrelated file costs no more than a
draft.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from chitieu.consultation.draft import Draft, Part, fold

# Near enough to be the same paragraph with a few words changed.
SAME_PARAGRAPH = 0.85
# A paragraph of the next version that is this near is the old one rewritten (or moved).
SAME_PART = 0.6
MAX_COMPARISONS = 250_000


def _ratio(a: str, b: str, cutoff: float) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
        return 0.0
    return matcher.ratio()


def closest(text: str, parts: Iterable[Part], cutoff: float = SAME_PARAGRAPH) -> Part | None:
    """The part whose text is nearest ``text``, if it is at least ``cutoff`` alike."""
    wanted = fold(text)
    best, score = None, cutoff
    for part in parts:
        ratio = _ratio(wanted, fold(part.text), score)
        if ratio >= score:
            best, score = part, ratio
    return best


def part_of(text: str, draft: Draft, nearly: bool = True) -> Part | None:
    """The part of ``draft`` a reply's paragraph is a copy of: the same text, else (when
    ``nearly``) nearly the same."""
    exact = draft.part_with_text(text)
    if exact is not None or not nearly or not text.strip():
        return exact
    return closest(text, draft.parts)


def match_versions(old: Draft, new: Draft) -> dict[str, str]:
    """Each part of ``old`` → the key of the same part in ``new``, where it has one.

    A part is the same when its text is unchanged (wherever it moved), else when it keeps
    its reference and its text is still alike, else when another part's text is alike;
    every part of ``new`` is matched at most once.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for part in old.parts:
        twin = new.part_with_text(part.text)
        if twin is not None and twin.key not in taken:
            out[part.key] = twin.key
            taken.add(twin.key)
    left = [p for p in old.parts if p.key not in out]
    for part in left:
        twin = new.part(part.key)
        if twin is None or twin.key in taken:
            continue
        if _ratio(fold(part.text), fold(twin.text), SAME_PART) >= SAME_PART:
            out[part.key] = twin.key
            taken.add(twin.key)
    left = [p for p in left if p.key not in out]
    free = [p for p in new.parts if p.key not in taken]
    if len(left) * len(free) > MAX_COMPARISONS:
        return out  # a rewritten draft: what is not found above is not the same part
    scored = []
    for part in left:
        for twin in free:
            ratio = _ratio(fold(part.text), fold(twin.text), SAME_PART)
            if ratio >= SAME_PART:
                scored.append((-ratio, part.index, twin.index, part.key, twin.key))
    for _, _, _, key, twin_key in sorted(scored):
        if key not in out and twin_key not in taken:
            out[key] = twin_key
            taken.add(twin_key)
    return out
