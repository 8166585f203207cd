"""A target's words as the file writes them: the reader's lines write every dash as an en
dash ("8,5 – 9%", "Kinh tế – xã hội"), where the file may have an em dash or a minus; the
target's text keeps the file's (the labelling guide: the target's words as in the file).

Spaces stay folded: a PDF's wrap or a Word file's manual break inside an item is one space
in the plan, as a reader of the plan or of a report made from it expects, though the guide
keeps the break (the accuracy figures count that as a miss of the text, never of a bound).
A text whose words are not found as they are is left alone."""

from __future__ import annotations

import re

from chitieu.textread.items import squash

# How far after the previous target's words the next is looked for: targets stand in
# reading order, and a bounded window keeps a long text's search linear.
WINDOW = 20_000
_DASHES = "-–—‒−"
_DASH = re.compile(f"[{_DASHES}]")


def _pattern(text: str) -> re.Pattern[str] | None:
    words = text.split()
    if not words:
        return None
    parts = [_DASH.sub(f"[{_DASHES}]", re.escape(w).replace("\\-", "-")) for w in words]
    return re.compile(r"\s+".join(parts))


def as_written(original: str, texts: list[str]) -> list[str]:
    """``texts`` (targets' words, in reading order), each as ``original`` writes it when
    it is found there apart from its spaces and dashes; otherwise as given."""
    out, at = [], 0
    for text in texts:
        pattern = _pattern(text)
        found = pattern.search(original, at, at + WINDOW) if pattern else None
        if found is None:
            out.append(text)
            continue
        out.append(squash(found.group(0)))
        at = found.end()
    return out
