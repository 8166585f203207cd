"""Vietnamese letters as the reader's rules spell them, whatever wrote the text.

Two things turn readable text into letters no rule matches, and both are common in what
offices paste or upload:

- decomposed letters (a base letter followed by combining marks: "ư" + "̛" …), as some web
  pages, Mac files and PDF text layers store them. The rules are written in composed letters
  (NFC), so "dưới" in decomposed form would hide its cue.
- PDF text layers whose font maps the hooked "ư"/"Ư" to "ƣ"/"Ƣ" (U+01A3/U+01A2, the letter
  "oi" of no Vietnamese word), so that "được", "dưới" and "người" are not seen.

Spaces go the same way: a byte-order mark before a Notepad file's first line, no-break and
other Unicode spaces from web pages, zero-width ones, and the runs of spaces a justified
PDF line or a Word paste leaves between words ("Về  quy  hoạch,  đô  thị"). The rules
expect one plain space between words; tabs stay, since they part a table's cells.

Markdown, which the reader accepts (.md) and digitising tools write, marks headings with
"#": "## 3. Về văn hoá-xã hội". The marks go, the words stay, so a heading reads as it would
in a Word file.
"""

from __future__ import annotations

import re
import unicodedata

# Letters no Vietnamese word has, for the letter the writer meant. Same length, so a span
# found in the repaired text is also a span of the text as read.
_MISMAPPED = str.maketrans({"ƣ": "ư", "Ƣ": "Ư"})


def repair_letters(text: str) -> str:
    """``text`` in composed letters, with the PDF fonts' "ƣ" for "ư" undone."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_MISMAPPED)


_ZERO_WIDTH = re.compile("[\ufeff\u200b\u200c\u200d\u2060]")
_WIDE = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # no-break and other spaces
_SPACES = re.compile(f"[ {_WIDE}]{{2,}}|[{_WIDE}]")


def repair_spaces(text: str) -> str:
    """``text`` without zero-width characters (a byte-order mark among them), with one plain
    space for every run of spaces of any kind; tabs and line breaks as they were."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", text))


# ... and a digitiser's tag of the document before a heading's words ("### [05-NQ/ĐU] 2. Về
# kinh tế: …"), which would hide the heading's marker
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?:\[[^\]\s]{1,30}\][ \t]+)?", re.MULTILINE)
# An item's marker set in bold ("**1.** Tốc độ …") or escaped as a converter writes it so
# that it is no list ("1\. Tốc độ …", "II\. Mục tiêu …"): the marker as typed
_MD_MARKER = re.compile(
    r"^([ \t]*)(?:\*\*((?:\d{1,2}|[IVX]{1,5})[.)/]|[a-zđ]\))\*\*|((?:\d{1,2}|[IVX]{1,5}))\\([.)]))",
    re.MULTILINE,
)


# A group's heading set in bold ("**1. Về xây dựng Đảng:**"): its words as typed
_MD_GROUP = re.compile(
    r"^([ \t]*)\*\*((?:(?:\d{1,2}|[IVX]{1,5})[.)]\s+)?(?:Về|VỀ)\s[^*\n]{2,80})\*\*[ \t]*$",
    re.MULTILINE,
)
# ... or a marked heading in capitals ("**B. VĂN HÓA - XÃ HỘI**"); other bold lines stay
_MD_CAPS_GROUP = re.compile(
    r"^([ \t]*)\*\*((?:[A-H]|[IVX]{1,5}|\d{1,2})[.)/-][ \t]+[^*\n]{2,80})\*\*[ \t]*$", re.MULTILINE
)


def _caps_group(match: re.Match[str]) -> str:
    words = match.group(2)
    return match.group(1) + words if words.isupper() else match.group(0)


def plain_markdown(text: str) -> str:
    """``text`` without markdown's heading marks (the heading's words kept), and its items'
    markers without bold or escapes.

    Other bold marks stay: taking off a line's "**…**" lowered a held-out text of the
    reader's accuracy set (docs/text-reader.md, "Batch 19 and the tenth round").
    """
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text or "\\" in text:
        text = _MD_MARKER.sub(lambda m: m.group(1) + (m.group(2) or m.group(3) + m.group(4)), text)
    if "**" in text:
        text = _MD_CAPS_GROUP.sub(_caps_group, _MD_GROUP.sub(r"\1\2", text))
    return text


def repair_text(text: str) -> str:
    """``text`` in the letters and spaces the reader's rules are written in, markdown's
    marks taken off."""
    return plain_markdown(repair_spaces(repair_letters(text)))
