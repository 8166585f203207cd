"""A draft document cut into the parts its text numbers, each with a stable reference.

A draft political report numbers its parts "I.", "1.", "1.1.", "a)" and leaves plain
paragraphs between them. Every line of the text is a part: a numbered line is the part
its number names ("Phần II, mục 1"), a plain paragraph is counted within the numbered
part above it ("Phần II, mục 1, đoạn 3"). The reference is what a unit writes in its
reply and what the summary report prints; the key ("II/1/p3") is the same place in a form
a program keeps. Both depend only on the numbering above the paragraph, so the same draft
read again gives the same parts.

The draft targets are read with the resolution reader (:mod:`chitieu.textread.reader`),
and each part knows the numbers of the targets written in it, so that a comment on a
part can propose another value for its target.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.consultation.kinds import plain
from chitieu.problems import InputError, Problem
from chitieu.textread.reader import ReadError, read_resolution
from chitieu.textread.sources import extract_text

# "I.", "II -", "PHẦN III", "Phần IV:": the draft's parts (case matters: "I." is no word)
ROMAN = re.compile(r"^(?:(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?)?([IVX]{1,6})(?:\s*[.):–-]\s*|\s*$)")
# "1.", "1)", "1.1.", "1.1 Title", "2.3.1." — but not "2.500 người" nor "1,5"
ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)](?=\s|$)|^(\d{1,2}(?:\.\d{1,2}){1,3})(?=\s)")
LETTER = re.compile(r"^([a-zđ])\)(?=\s|$)")
# A draft runs to a few hundred paragraphs; past this it is no draft, and every comparison
# of its parts (with a reply, with its next version) would only cost time.
MAX_PARTS = 5000

_WORDS = {
    "vi": {"phan": "phần", "muc": "mục", "diem": "điểm", "doan": "đoạn"},
    "en": {"phan": "part", "muc": "section", "diem": "point", "doan": "paragraph"},
}


def reference(place: tuple[tuple[str, str], ...], lang: str = "vi") -> str:
    """A part's place as people write it: "Phần II, mục 1, đoạn 3" (or in English)."""
    words = _WORDS["vi" if lang == "vi" else "en"]
    text = ", ".join(f"{words[level]} {label}" for level, label in place)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Part:
    """One numbered part or paragraph of a draft."""

    key: str  # "II/1/p3": stable while the numbering above the paragraph stays
    place: tuple[tuple[str, str], ...]  # (("phan", "II"), ("muc", "1"), ("doan", "3"))
    text: str
    index: int  # its order in the draft, from 0
    targets: tuple[int, ...] = ()  # the numbers of the draft targets written in it

    @property
    def ref(self) -> str:
        return reference(self.place)

    def ref_in(self, lang: str) -> str:
        return reference(self.place, lang)


@dataclass(frozen=True)
class Target:
    """A draft target as the resolution reader read it."""

    no: int
    text: str
    part: str  # the key of the part it is written in


@dataclass(frozen=True)
class Draft:
    """A version of a draft document: its parts in order and its targets."""

    name: str  # the file it was read from, as the user named it
    version: str  # a label; by default a fingerprint of the text
    title: str  # its first line
    parts: tuple[Part, ...]
    targets: tuple[Target, ...] = ()
    _by_key: dict[str, Part] = field(default_factory=dict, repr=False, compare=False)
    _by_text: dict[str, Part] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for part in self.parts:
            self._by_key[part.key] = part
            self._by_key.setdefault(fold(part.ref), part)
            self._by_key.setdefault(fold(part.ref_in("en")), part)
            self._by_text.setdefault(fold(part.text), part)

    def part(self, ref_or_key: str) -> Part | None:
        """The part named by its key or its reference (Vietnamese or English), in any
        case ("phần ii, mục 1")."""
        wanted = ref_or_key.strip()
        return self._by_key.get(wanted) or self._by_key.get(fold(wanted))

    def part_with_text(self, text: str) -> Part | None:
        """The part whose text is ``text`` (spaces, case and quotes aside)."""
        return self._by_text.get(fold(text))

    def target(self, no: int) -> Target | None:
        return next((t for t in self.targets if t.no == no), None)


def fold(text: str) -> str:
    """Text as compared: NFC, one space, no case, one kind of quote and dash, no final
    punctuation (a copy re-saved by another word processor differs in these)."""
    text = unicodedata.normalize("NFC", plain(text)).casefold()
    return text.translate(_SAME).strip(" .;:,")


_SAME = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "–", "-": "–", "\u00a0": " "})


def split_parts(lines: list[str]) -> list[Part]:
    """Every non-empty line of a draft as a part, with its place (see the module)."""
    roman = ""
    numbers: list[str] = []  # "1", then "1.1" under it
    letter = ""
    counts: dict[tuple[str, ...], int] = {}
    parts: list[Part] = []
    seen: dict[str, int] = {}
    for line in lines:
        text = plain(line)
        if not text:
            continue
        if m := ROMAN.match(text):
            roman, numbers, letter = m.group(1), [], ""
            place: list[tuple[str, str]] = [("phan", roman)]
        elif m := ARABIC.match(text):
            number = m.group(1) or m.group(2)
            depth = number.count(".")
            numbers, letter = [*numbers[:depth], number], ""
            place = _container(roman, numbers, "")
        elif m := LETTER.match(text):
            letter = m.group(1)
            place = _container(roman, numbers, letter)
        else:
            container = tuple(label for _, label in _container(roman, numbers, letter))
            counts[container] = counts.get(container, 0) + 1
            place = [*_container(roman, numbers, letter), ("doan", str(counts[container]))]
        key = "/".join(label if level != "doan" else f"p{label}" for level, label in place)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the draft numbers two parts alike: keys stay apart
            key = f"{key}~{seen[key]}"
        parts.append(Part(key, tuple(place), text, len(parts)))
    return parts


def _container(roman: str, numbers: list[str], letter: str) -> list[tuple[str, str]]:
    place = [("phan", roman)] if roman else []
    if numbers:
        place.append(("muc", numbers[-1]))
    if letter:
        place.append(("diem", letter))
    return place


def draft_from_text(text: str, name: str, version: str = "") -> Draft:
    """The draft in ``text`` (its file named ``name``), cut into parts, targets read."""
    parts = split_parts(text.splitlines())
    if not parts:
        raise InputError([Problem(name, "consult.empty_draft")])
    if len(parts) > MAX_PARTS:
        raise InputError([Problem(name, "consult.too_many_parts", {"count": Decimal(MAX_PARTS)})])
    plan = _plan(text)
    targets = _targets(plan, parts)
    on = {t.part: tuple(x.no for x in targets if x.part == t.part) for t in targets}
    parts = [Part(p.key, p.place, p.text, p.index, on.get(p.key, ())) for p in parts]
    version = version or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    # a draft's first line is its name ("DỰ THẢO BÁO CÁO CHÍNH TRỊ …")
    return Draft(name, version, parts[0].text, tuple(parts), tuple(targets))


def read_draft(path: str | Path, version: str = "") -> Draft:
    """The draft in a file (.docx, .pdf with a text layer, .txt, .html)."""
    return draft_from_text(extract_text(path), str(path), version)


def _plan(text: str) -> dict[str, Any] | None:
    try:
        return read_resolution(text).plan
    except ReadError:  # a draft without a target list is still a draft to comment on
        return None


def _targets(plan: dict[str, Any] | None, parts: list[Part]) -> list[Target]:
    """Each target the reader found, in the longest part its text holds (the reader may
    join a heading to the target's line) or, failing that, the first part holding it."""
    if plan is None:
        return []
    folded = [fold(p.text) for p in parts]
    out = []
    for target in plan["targets"]:
        text = fold(str(target["text"]))
        held = [i for i, part in enumerate(folded) if part and part in text]
        holding = [i for i, part in enumerate(folded) if text and text in part]
        at = max(held, key=lambda i: len(folded[i])) if held else next(iter(holding), None)
        if at is not None:
            out.append(Target(int(target["no"]), str(target["text"]), parts[at].key))
    return out
